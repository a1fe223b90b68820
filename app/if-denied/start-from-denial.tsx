"use client";

import { useRouter } from "next/navigation";
import { ifDeniedText } from "@/content/next-steps";
import { useRequestState } from "@/components/request-state/request-provider";
import { canReachStep, getStep, resumePath } from "@/lib/flow";

/**
 * Starts the wizard at the right place for a denial: Step 4 when the member's
 * answers already reach it, otherwise the first unfinished step. Either way
 * "Denied" is recorded, so Step 4 opens on it.
 */
export function StartFromDenial() {
  const { request, hydrated, updateSection } = useRequestState();
  const router = useRouter();
  const atDecision = hydrated && canReachStep("decision", request);
  const text = ifDeniedText;

  const start = () => {
    updateSection("decision", { outcome: "denied" });
    router.push(atDecision ? getStep("decision").path : resumePath(request));
  };

  return (
    <>
      <p>{atDecision ? text.continueIntro : text.startIntro}</p>
      <div className="button-group">
        <button className="button" type="button" onClick={start} disabled={!hydrated}>
          {atDecision ? text.continueButton : text.startButton}
        </button>
      </div>
    </>
  );
}
