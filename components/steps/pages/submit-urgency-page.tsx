import { wordsIn } from "@/content/words";
import type { Locale } from "@/lib/i18n/locales";
import { IfAnswer } from "../if-answer";
import { pageWords } from "../page-words";
import { QuestionForm } from "../question-form";
import { StepPage } from "../step-page";

export function SubmitUrgencyPage({ locale }: { locale: Locale }) {
  const text = wordsIn(locale).stepText.submit;
  return (
    // The emergency notice is for everyone who reaches this page, before they answer.
    <StepPage pageId="submitUrgency" locale={locale} intro={<p className="notice notice--warning">{text.emergency}</p>}>
      <QuestionForm
        pageId="submitUrgency"
        words={pageWords("submitUrgency", locale)}
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
