import { SubmitUrgencyPage } from "@/components/steps/pages/submit-urgency-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("submitUrgency", "en");

export default function Page() {
  return <SubmitUrgencyPage locale="en" />;
}
