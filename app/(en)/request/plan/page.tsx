import { StepPage } from "@/components/steps/step-page";
import { QuestionForm } from "@/components/steps/question-form";
import { pageWords } from "@/components/steps/page-words";
import { PlanRegulatorHelp } from "@/components/steps/plan-regulator-help";
import { planStepText } from "@/content/steps";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("plan");

export default function PlanPage() {
  return (
    <StepPage pageId="plan" intro={<p>{planStepText.intro}</p>}>
      <QuestionForm
        pageId="plan"
        words={pageWords("plan")}
        slots={{ after: { regulator: <PlanRegulatorHelp words={{ notSure: planStepText.regulatorNotSure, hmoWithCdi: planStepText.hmoWithCdi }} /> } }}
      />
    </StepPage>
  );
}
