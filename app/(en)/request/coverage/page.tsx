import { StepPage } from "@/components/steps/step-page";
import { QuestionForm } from "@/components/steps/question-form";
import { pageWords } from "@/components/steps/page-words";
import { coverageStepText } from "@/content/steps";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("coverage");

export default function CoveragePage() {
  return (
    <StepPage pageId="coverage" intro={<p>{coverageStepText.intro}</p>}>
      <QuestionForm pageId="coverage" words={pageWords("coverage")} />
    </StepPage>
  );
}
