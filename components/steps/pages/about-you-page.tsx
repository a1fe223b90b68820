import { wordsIn } from "@/content/words";
import type { Locale } from "@/lib/i18n/locales";
import { pageWords } from "../page-words";
import { QuestionForm } from "../question-form";
import { StepPage } from "../step-page";

export function AboutYouPage({ locale }: { locale: Locale }) {
  const text = wordsIn(locale).stepText.aboutYou;
  return (
    <StepPage pageId="about-you" locale={locale} intro={<p>{text.intro}</p>}>
      <QuestionForm pageId="about-you" words={pageWords("about-you", locale)} />
    </StepPage>
  );
}
