import { IntentLink } from "@/components/intent-link";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { DocumentDownloads } from "../document-downloads";
import { MissingAnswers } from "../missing-answers";
import { documentPagesWords } from "./words";

/** /request/documents and /es/request/documents. */
export function DocumentsPage({ locale }: { locale: Locale }) {
  const words = documentPagesWords(locale);
  const text = words.documentsPage;
  return (
    <>
      <IntentLink className="back-link" href={routes.review}>
        {text.backToReview}
      </IntentLink>
      <main id="main-content" className="main" tabIndex={-1}>
        <h1 className="heading-l">{text.title}</h1>
        <p>{text.intro}</p>
        <p>{text.madeOnThisDevice}</p>
        <MissingAnswers
          words={{ heading: text.missingHeading, intro: text.missingIntro, action: text.missingAction, labels: words.missingLabels }}
        />
        <DocumentDownloads words={words.downloads} />
      </main>
    </>
  );
}
