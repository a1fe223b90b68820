import { DoctorPage } from "@/components/steps/pages/doctor-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("doctor", "en");

export default function Page() {
  return <DoctorPage locale="en" />;
}
