import { NotCoveredPage } from "@/components/not-covered/not-covered-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("notCovered", "es");

export default function Page() {
  return <NotCoveredPage locale="es" />;
}
