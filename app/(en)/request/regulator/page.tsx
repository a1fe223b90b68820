import { RegulatorFinderPage } from "@/components/regulator-finder/regulator-finder-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("regulatorFinder", "en");

export default function Page() {
  return <RegulatorFinderPage locale="en" />;
}
