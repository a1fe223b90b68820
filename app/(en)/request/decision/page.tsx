import { StepPage } from "@/components/steps/step-page";
import { QuestionForm } from "@/components/steps/question-form";
import { pageWords } from "@/components/steps/page-words";
import { IfAnswer } from "@/components/steps/if-answer";
import { DecisionDeadlines } from "@/components/steps/decision-deadlines";
import { LazyDenialNoticeContents } from "@/components/decision/lazy";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("decision");

export default function DecisionPage() {
  return (
    // The deadlines depend on the member's answers, so they are shown with the form, once the page is reachable.
    <StepPage pageId="decision">
      <DecisionDeadlines />
      <QuestionForm
        pageId="decision"
        words={pageWords("decision")}
        slots={{
          after: {
            denialDate: (
              <IfAnswer step="decision" question="outcome" is="denied">
                <LazyDenialNoticeContents />
              </IfAnswer>
            ),
          },
        }}
      />
    </StepPage>
  );
}
