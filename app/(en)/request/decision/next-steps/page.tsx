import { NextStepsPage } from "@/components/steps/pages/next-steps-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("nextSteps", "en");

export default function Page() {
  return <NextStepsPage locale="en" />;
}
