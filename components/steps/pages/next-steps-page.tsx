import { LazyNextSteps } from "@/components/decision/lazy";
import { wordsIn } from "@/content/words";
import type { Locale } from "@/lib/i18n/locales";
import { IfAnswer } from "../if-answer";
import { pageWords } from "../page-words";
import { QuestionForm } from "../question-form";
import { StepPage } from "../step-page";

/** Step 4's second page: what to do next (loaded in the page's language once the answers are read), then the grievance's dates. */
export function NextStepsPage({ locale }: { locale: Locale }) {
  const text = wordsIn(locale).stepText.decision;
  return (
    <StepPage pageId="nextSteps" locale={locale}>
      <LazyNextSteps />
      <QuestionForm
        pageId="nextSteps"
        words={pageWords("nextSteps", locale)}
        slots={{
          before: {
            grievanceFiledDate: (
              <IfAnswer step="decision" question="outcome" is={["denied", "no-answer"]}>
                <h2 className="heading-m">{text.grievanceHeading}</h2>
                <p>{text.grievanceIntro}</p>
              </IfAnswer>
            ),
          },
        }}
      />
    </StepPage>
  );
}
