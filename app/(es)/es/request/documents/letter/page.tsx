import { LetterPage } from "@/components/documents/pages/print-pages";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("letter", "es");

export default function Page() {
  return <LetterPage locale="es" />;
}
