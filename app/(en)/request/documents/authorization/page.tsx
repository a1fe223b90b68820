import { LazyAuthorizationPrintView } from "@/components/documents/lazy-letter-print-view";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("authorization", "en");

export default function AuthorizationPage() {
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <LazyAuthorizationPrintView />
    </main>
  );
}
