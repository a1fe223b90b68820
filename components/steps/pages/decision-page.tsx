import { LazyDenialNoticeContents } from "@/components/decision/lazy";
import type { Locale } from "@/lib/i18n/locales";
import { IfAnswer } from "../if-answer";
import { LazyDecisionDeadlines as DecisionDeadlines } from "../lazy-rules";
import { pageWords } from "../page-words";
import { QuestionForm } from "../question-form";
import { StepPage } from "../step-page";

export function DecisionPage({ locale }: { locale: Locale }) {
  return (
    // The deadlines depend on the member's answers, so they are shown with the form, once the page is reachable.
    <StepPage pageId="decision" locale={locale}>
      <DecisionDeadlines />
      <QuestionForm
        pageId="decision"
        words={pageWords("decision", locale)}
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
