import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { CheckAnswers } from "@/components/steps/check-answers";
import { StepGuard } from "@/components/steps/step-guard";
import { getStep, DOCUMENTS_PATH } from "@/lib/flow";
import { listLabels } from "@/lib/review/list-labels";

export const metadata: Metadata = { title: "Check your answers" };

export default function ReviewPage() {
  return (
    <>
      <IntentLink className="back-link" href={getStep("decision").path}>
        Back
      </IntentLink>
      <main id="main-content" className="main" tabIndex={-1}>
        <h1 className="heading-l">Check your answers</h1>
        <p>Check everything is right. Your letter and checklist use these answers.</p>
        <StepGuard stepId="review">
          <CheckAnswers labels={listLabels} />
          <h2 className="heading-m">Your documents</h2>
          <p>
            <IntentLink href={DOCUMENTS_PATH}>Get your request letter and records checklist</IntentLink>
          </p>
        </StepGuard>
      </main>
    </>
  );
}
