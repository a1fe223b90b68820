import { StepPage } from "@/components/steps/step-page";
import { QuestionForm } from "@/components/steps/question-form";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { documentsPageText } from "@/content/documents/page";
import { submitStepText } from "@/content/steps";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("submitDocuments", "en");

export default function SubmitDocumentsPage() {
  const text = submitStepText.documents;
  return (
    <StepPage
      pageId="submitDocuments"
      locale="en"
      intro={
        <>
          <p>{text.intro}</p>
          <ol className="list">
            {text.whatToDo.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
          <p>{documentsPageText.madeOnThisDevice}</p>
        </>
      }
    >
      <DocumentDownloads />
      <QuestionForm pageId="submitDocuments" words={{}} />
    </StepPage>
  );
}
