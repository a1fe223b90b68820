import { SubmitUrgencyPage } from "@/components/steps/pages/submit-urgency-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("submitUrgency", "es");

export default function Page() {
  return <SubmitUrgencyPage locale="es" />;
}
