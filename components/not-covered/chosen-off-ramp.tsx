"use client";

import { IntentLink } from "@/components/intent-link";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useRequestState } from "@/components/request-state/request-provider";
import { routes } from "@/lib/routes";
import { useLocalizedHref } from "@/lib/i18n/use-locale";

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

type ContinueText = {
  heading: string;
  generalRequest: string;
  noRequestHeading: string;
  noRequest: string;
  chooseFirst: string;
  chooseFirstLink: string;
  button: string;
  change: string;
};

/**
 * Go on with a general request where a plan decides (once the member has said
 * which coverage they have), or change that answer. Where no plan approves
 * anything (Original Medicare, fee-for-service Medi-Cal) there is no request to send.
 */
export function ContinueWithGeneralRequest({
  offRampIds,
  withRequest,
  text,
}: {
  offRampIds: readonly string[];
  withRequest: readonly string[];
  text: ContinueText;
}) {
  const { updateSection } = useRequestState();
  const { hydrated, chosen } = useChosenOffRamp(offRampIds);
  const router = useRouter();
  const localized = useLocalizedHref();
  const noRequest = chosen !== undefined && !withRequest.includes(chosen);

  const continueAnyway = () => {
    updateSection("coverage", { continueWithoutStateLaw: true });
    router.push(localized(routes.plan));
  };

  return (
    <>
      <h2 className="heading-m">{noRequest ? text.noRequestHeading : text.heading}</h2>
      <p>{noRequest ? text.noRequest : text.generalRequest}</p>
      {hydrated && !chosen && (
        <p>
          <IntentLink href={routes.coverage}>{text.chooseFirstLink}</IntentLink> {text.chooseFirst}
        </p>
      )}
      <div className="button-group">
        {!noRequest && (
          <button className="button" type="button" onClick={continueAnyway} disabled={!chosen}>
            {text.button}
          </button>
        )}
        <IntentLink href={routes.coverage}>{text.change}</IntentLink>
      </div>
    </>
  );
}
