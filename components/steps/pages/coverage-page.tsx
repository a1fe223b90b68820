import { wordsIn } from "@/content/words";
import type { Locale } from "@/lib/i18n/locales";
import { pageWords } from "../page-words";
import { QuestionForm } from "../question-form";
import { StepPage } from "../step-page";

export function CoveragePage({ locale }: { locale: Locale }) {
  const text = wordsIn(locale).stepText.coverage;
  return (
    <StepPage pageId="coverage" locale={locale} intro={<p>{text.intro}</p>}>
      <QuestionForm pageId="coverage" words={pageWords("coverage", locale)} />
    </StepPage>
  );
}
