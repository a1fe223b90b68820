import { SubmitSendingPage } from "@/components/steps/pages/submit-sending-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("submitSending", "en");

export default function Page() {
  return <SubmitSendingPage locale="en" />;
}
