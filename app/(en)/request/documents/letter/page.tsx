import { LetterPage } from "@/components/documents/pages/print-pages";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("letter", "en");

export default function Page() {
  return <LetterPage locale="en" />;
}
