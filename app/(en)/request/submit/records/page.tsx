import { SubmitRecordsPage } from "@/components/steps/pages/submit-records-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("submitRecords", "en");

export default function Page() {
  return <SubmitRecordsPage locale="en" />;
}
