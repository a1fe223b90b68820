import { StepPage } from "@/components/steps/step-page";
import { QuestionForm } from "@/components/steps/question-form";
import { pageWords } from "@/components/steps/page-words";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("submit");

export default function SubmitReasonsPage() {
  return (
    <StepPage pageId="submit">
      <QuestionForm pageId="submit" words={pageWords("submit")} />
    </StepPage>
  );
}
