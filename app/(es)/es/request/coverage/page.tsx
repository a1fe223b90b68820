import { CoveragePage } from "@/components/steps/pages/coverage-page";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("coverage", "es");

export default function Page() {
  return <CoveragePage locale="es" />;
}
