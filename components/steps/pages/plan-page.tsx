import { wordsIn } from "@/content/words";
import type { Locale } from "@/lib/i18n/locales";
import { pageWords } from "../page-words";
import { PlanRegulatorHelp } from "../plan-regulator-help";
import { QuestionForm } from "../question-form";
import { StepPage } from "../step-page";

export function PlanPage({ locale }: { locale: Locale }) {
  const text = wordsIn(locale).stepText.plan;
  return (
    <StepPage pageId="plan" locale={locale} intro={<p>{text.intro}</p>}>
      <QuestionForm
        pageId="plan"
        words={pageWords("plan", locale)}
        slots={{ after: { regulator: <PlanRegulatorHelp words={{ notSure: text.regulatorNotSure, hmoWithCdi: text.hmoWithCdi }} /> } }}
      />
    </StepPage>
  );
}
