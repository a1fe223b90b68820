import { GrievancePage } from "@/components/documents/pages/print-pages";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("grievance", "es");

export default function Page() {
  return <GrievancePage locale="es" />;
}
