import { AboutYouPage } from "@/components/steps/pages/about-you-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("aboutYou", "en");

export default function Page() {
  return <AboutYouPage locale="en" />;
}
