import { BlankChecklistPage } from "@/components/documents/pages/print-pages";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("blankChecklist", "es");

export default function Page() {
  return <BlankChecklistPage locale="es" />;
}
