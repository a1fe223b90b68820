import { StepPage } from "@/components/steps/step-page";
import { QuestionForm } from "@/components/steps/question-form";
import { pageWords } from "@/components/steps/page-words";
import { LazySubmitDueDate as SubmitDueDate } from "@/components/steps/lazy-rules";
import { submitStepText as text } from "@/content/steps";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("submitSending");

export default function SubmitSendingPage() {
  return (
    <StepPage pageId="submitSending">
      <QuestionForm
        pageId="submitSending"
        words={pageWords("submitSending")}
        slots={{ after: { timeReceived: <SubmitDueDate title={text.dueHeading} /> } }}
      />
    </StepPage>
  );
}
