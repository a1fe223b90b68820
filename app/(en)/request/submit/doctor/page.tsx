import { SubmitDoctorPage } from "@/components/steps/pages/submit-doctor-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("submitDoctor", "en");

export default function Page() {
  return <SubmitDoctorPage locale="en" />;
}
