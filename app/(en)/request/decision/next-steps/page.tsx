import { StepPage } from "@/components/steps/step-page";
import { QuestionForm } from "@/components/steps/question-form";
import { pageWords } from "@/components/steps/page-words";
import { IfAnswer } from "@/components/steps/if-answer";
import { LazyNextSteps } from "@/components/decision/lazy";
import { decisionStepText as text } from "@/content/steps";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("nextSteps", "en");

export default function NextStepsPage() {
  return (
    <StepPage pageId="nextSteps" locale="en">
      <LazyNextSteps />
      <QuestionForm
        pageId="nextSteps"
        words={pageWords("nextSteps", "en")}
        slots={{
          before: {
            grievanceFiledDate: (
              <IfAnswer step="decision" question="outcome" is={["denied", "no-answer"]}>
                <h2 className="heading-m">{text.grievanceHeading}</h2>
                <p>{text.grievanceIntro}</p>
              </IfAnswer>
            ),
          },
        }}
      />
    </StepPage>
  );
}
