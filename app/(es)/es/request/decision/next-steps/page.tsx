import { NextStepsPage } from "@/components/steps/pages/next-steps-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("nextSteps", "es");

export default function Page() {
  return <NextStepsPage locale="es" />;
}
