import { SubmitReasonsPage } from "@/components/steps/pages/submit-reasons-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("submit", "es");

export default function Page() {
  return <SubmitReasonsPage locale="es" />;
}
