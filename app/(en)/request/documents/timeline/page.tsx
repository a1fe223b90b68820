import { TimelinePage } from "@/components/documents/pages/print-pages";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("timeline", "en");

export default function Page() {
  return <TimelinePage locale="en" />;
}
