"use client";

import { IntentLink } from "@/components/intent-link";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useRequestState } from "@/components/request-state/request-provider";

// The off-ramps are rendered on the server (they carry the legal content and
// its zod-checked sources); these leaves only pick one by the member's answer.

function useChosenOffRamp(offRampIds: readonly string[]) {
  const { request, hydrated } = useRequestState();
  const source = request.coverage.source;
  return { hydrated, chosen: hydrated && source !== undefined && offRampIds.includes(source) ? source : undefined };
}

/** The member's own off-ramp once their answers are read; every off-ramp before that or when none applies. */
export function ChosenOffRamp({ single, all }: { single: Record<string, ReactNode>; all: ReactNode }) {
  const { chosen } = useChosenOffRamp(Object.keys(single));
  return <>{chosen ? single[chosen] : all}</>;
}

/** Go on with a general request (once the member has said which coverage they have), or change that answer. */
export function ContinueWithGeneralRequest({ offRampIds }: { offRampIds: readonly string[] }) {
  const { updateSection } = useRequestState();
  const { hydrated, chosen } = useChosenOffRamp(offRampIds);
  const router = useRouter();

  const continueAnyway = () => {
    updateSection("coverage", { continueWithoutStateLaw: true });
    router.push("/request/plan");
  };

  return (
    <>
      {hydrated && !chosen && (
        <p>
          <IntentLink href="/request/coverage">Tell us how you get your coverage</IntentLink> first.
        </p>
      )}
      <div className="button-group">
        <button className="button" type="button" onClick={continueAnyway} disabled={!chosen}>
          Continue with a general request
        </button>
        <IntentLink href="/request/coverage">Change how you get your coverage</IntentLink>
      </div>
    </>
  );
}
