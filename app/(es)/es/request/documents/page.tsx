import { DocumentsPage } from "@/components/documents/pages/documents-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("documents", "es");

export default function Page() {
  return <DocumentsPage locale="es" />;
}
