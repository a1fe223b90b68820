import { PlanPage } from "@/components/steps/pages/plan-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("plan", "en");

export default function Page() {
  return <PlanPage locale="en" />;
}
