import type { ReactNode } from "react";
import { IntentLink } from "@/components/intent-link";
import { getStep, previousPath, stepHeadingPrefix } from "@/lib/flow";
import type { RequestSection } from "@/lib/schema/request";
import { StepGuard } from "./step-guard";

/**
 * The frame of every wizard step: back link, caption, heading, the step's
 * introduction, and the guarded form. Everything but the form is known on the
 * server and shows at once; the form fills in below it once the saved
 * answers are read, so nothing above it moves.
 */
export function StepPage({ stepId, intro, children }: { stepId: RequestSection; intro?: ReactNode; children: ReactNode }) {
  const step = getStep(stepId);
  return (
    <>
      <IntentLink className="back-link" href={previousPath(stepId)}>
        Back
      </IntentLink>
      <main id="main-content" className="main" tabIndex={-1}>
        <span className="caption">{stepHeadingPrefix(step)}</span>
        <h1 className="heading-l">{step.title}</h1>
        {intro}
        <StepGuard stepId={stepId}>{children}</StepGuard>
      </main>
    </>
  );
}
