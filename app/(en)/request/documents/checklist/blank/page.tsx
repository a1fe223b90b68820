import { BlankChecklistPage } from "@/components/documents/pages/print-pages";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("blankChecklist", "en");

export default function Page() {
  return <BlankChecklistPage locale="en" />;
}
