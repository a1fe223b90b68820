import { MemberServicesPage } from "@/components/steps/pages/member-services-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("memberServices", "en");

export default function Page() {
  return <MemberServicesPage locale="en" />;
}
