import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { MissingAnswers } from "@/components/documents/missing-answers";
import { documentsPageText } from "@/content/documents/page";
import { REVIEW_PATH } from "@/lib/flow";

export const metadata: Metadata = { title: "Your letter and checklist" };

export default function DocumentsPage() {
  return (
    <>
      <IntentLink className="back-link" href={REVIEW_PATH}>
        {documentsPageText.backToReview}
      </IntentLink>
      <main id="main-content" className="main" tabIndex={-1}>
        <h1 className="heading-l">{documentsPageText.title}</h1>
        {documentsPageText.intro.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <MissingAnswers />
        <DocumentDownloads />
      </main>
    </>
  );
}
