import { StepPage } from "@/components/steps/step-page";
import { QuestionForm } from "@/components/steps/question-form";
import { pageWords } from "@/components/steps/page-words";
import { IfAnswer } from "@/components/steps/if-answer";
import { submitStepText as text } from "@/content/steps";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("submitUrgency");

export default function SubmitUrgencyPage() {
  return (
    // The emergency notice is for everyone who reaches this page, before they answer.
    <StepPage pageId="submitUrgency" intro={<p className="notice notice--warning">{text.emergency}</p>}>
      <QuestionForm
        pageId="submitUrgency"
        words={pageWords("submitUrgency")}
        slots={{
          after: {
            urgent: (
              <IfAnswer step="submit" question="urgent" is="yes">
                <p>{text.urgentYes}</p>
              </IfAnswer>
            ),
          },
        }}
      />
    </StepPage>
  );
}
