import { StepPage } from "@/components/steps/step-page";
import { QuestionForm } from "@/components/steps/question-form";
import { pageWords } from "@/components/steps/page-words";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("submitRecords");

export default function SubmitRecordsPage() {
  return (
    <StepPage pageId="submitRecords">
      <QuestionForm pageId="submitRecords" words={pageWords("submitRecords")} />
    </StepPage>
  );
}
