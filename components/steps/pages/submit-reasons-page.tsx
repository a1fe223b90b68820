import type { Locale } from "@/lib/i18n/locales";
import { pageWords } from "../page-words";
import { QuestionForm } from "../question-form";
import { StepPage } from "../step-page";

export function SubmitReasonsPage({ locale }: { locale: Locale }) {
  return (
    <StepPage pageId="submit" locale={locale}>
      <QuestionForm pageId="submit" words={pageWords("submit", locale)} />
    </StepPage>
  );
}
