import { LazyTimelinePrintView } from "@/components/documents/lazy-letter-print-view";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("timeline", "en");

export default function TimelinePage() {
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <LazyTimelinePrintView />
    </main>
  );
}
