import { LazyRegulatorFormPrintView } from "@/components/documents/lazy-letter-print-view";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("regulatorForm", "en");

export default function RegulatorFormPage() {
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <LazyRegulatorFormPrintView />
    </main>
  );
}
