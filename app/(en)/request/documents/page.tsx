import { IntentLink } from "@/components/intent-link";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { MissingAnswers } from "@/components/documents/missing-answers";
import { documentsPageText } from "@/content/documents/page";
import { fieldText } from "@/content/fields";
import { metadataFor } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";

export const metadata = metadataFor("documents", "en");

export default function DocumentsPage() {
  return (
    <>
      <IntentLink className="back-link" href={routes.review}>
        {documentsPageText.backToReview}
      </IntentLink>
      <main id="main-content" className="main" tabIndex={-1}>
        <h1 className="heading-l">{documentsPageText.title}</h1>
        <p>{documentsPageText.intro}</p>
        <p>{documentsPageText.madeOnThisDevice}</p>
        <MissingAnswers
          words={{
            heading: documentsPageText.missingHeading,
            intro: documentsPageText.missingIntro,
            action: documentsPageText.missingAction,
            labels: {
              fullName: fieldText.aboutYou.fullName.label,
              planName: fieldText.plan.planName.label,
              memberId: fieldText.plan.memberId.label,
              doctorName: fieldText.doctor.name.label,
              condition: fieldText.doctor.condition.label,
              reasons: fieldText.submit.reasons.label,
            },
          }}
        />
        <DocumentDownloads />
      </main>
    </>
  );
}
