import type { Locale } from "@/lib/i18n/locales";
import { pageWords } from "../page-words";
import { QuestionForm } from "../question-form";
import { StepPage } from "../step-page";

export function SubmitRecordsPage({ locale }: { locale: Locale }) {
  return (
    <StepPage pageId="submitRecords" locale={locale}>
      <QuestionForm pageId="submitRecords" words={pageWords("submitRecords", locale)} />
    </StepPage>
  );
}
