import { ChecklistPage } from "@/components/documents/pages/print-pages";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("checklist", "es");

export default function Page() {
  return <ChecklistPage locale="es" />;
}
