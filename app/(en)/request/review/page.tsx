import { ReviewPage } from "@/components/steps/pages/review-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("review", "en");

export default function Page() {
  return <ReviewPage locale="en" />;
}
