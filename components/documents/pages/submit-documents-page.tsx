import { DocumentDownloads } from "@/components/documents/document-downloads";
import { pageWords } from "@/components/steps/page-words";
import { QuestionForm } from "@/components/steps/question-form";
import { StepPage } from "@/components/steps/step-page";
import { wordsIn } from "@/content/words";
import type { Locale } from "@/lib/i18n/locales";
import { documentPagesWords } from "./words";

/** /request/submit/documents and /es/request/submit/documents: Step 3's documents. */
export function SubmitDocumentsPage({ locale }: { locale: Locale }) {
  const text = wordsIn(locale).stepText.submit.documents;
  const documentWords = documentPagesWords(locale);
  return (
    <StepPage
      pageId="submitDocuments"
      locale={locale}
      intro={
        <>
          <p>{text.intro}</p>
          <ol className="list">
            {text.whatToDo.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
          <p>{documentWords.documentsPage.madeOnThisDevice}</p>
        </>
      }
    >
      <DocumentDownloads words={documentWords.downloads} />
      <QuestionForm pageId="submitDocuments" words={pageWords("submitDocuments", locale)} />
    </StepPage>
  );
}
