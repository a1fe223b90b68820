import { DecisionPage } from "@/components/steps/pages/decision-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("decision", "en");

export default function Page() {
  return <DecisionPage locale="en" />;
}
