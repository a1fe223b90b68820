"use client";

import { useRouter } from "next/navigation";
import { useRequestState } from "@/components/request-state/request-provider";
import { canReachStep, getStep, resumePath } from "@/lib/flow";

type StartFromDenialText = { startIntro: string; startButton: string; continueIntro: string; continueButton: string };

/**
 * Starts the wizard at the right place for a denial: Step 4 when the member's
 * answers already reach it, otherwise the first unfinished step. Either way
 * "Denied" is recorded, so Step 4 opens on it.
 * The words come from the server page (content/next-steps.ts), so they stay
 * out of this client bundle.
 */
export function StartFromDenial({ text }: { text: StartFromDenialText }) {
  const { completed, hydrated, updateSection } = useRequestState();
  const router = useRouter();
  const atDecision = hydrated && canReachStep("decision", completed);

  const start = () => {
    updateSection("decision", { outcome: "denied" });
    router.push(atDecision ? getStep("decision").path : resumePath(completed));
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
