import { MemberServicesPage } from "@/components/steps/pages/member-services-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("memberServices", "es");

export default function Page() {
  return <MemberServicesPage locale="es" />;
}
