import { SubmitDocumentsPage } from "@/components/documents/pages/submit-documents-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("submitDocuments", "en");

export default function Page() {
  return <SubmitDocumentsPage locale="en" />;
}
