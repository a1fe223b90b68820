import { PlanPage } from "@/components/steps/pages/plan-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("plan", "es");

export default function Page() {
  return <PlanPage locale="es" />;
}
