import { RegulatorFormPage } from "@/components/documents/pages/print-pages";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("regulatorForm", "en");

export default function Page() {
  return <RegulatorFormPage locale="en" />;
}
