import { wordsIn } from "@/content/words";
import type { Locale } from "@/lib/i18n/locales";
import { LazySubmitDueDate as SubmitDueDate } from "../lazy-rules";
import { pageWords } from "../page-words";
import { QuestionForm } from "../question-form";
import { StepPage } from "../step-page";

export function SubmitSendingPage({ locale }: { locale: Locale }) {
  const text = wordsIn(locale).stepText.submit;
  return (
    <StepPage pageId="submitSending" locale={locale}>
      <QuestionForm
        pageId="submitSending"
        words={pageWords("submitSending", locale)}
        slots={{ after: { timeReceived: <SubmitDueDate title={text.dueHeading} /> } }}
      />
    </StepPage>
  );
}
