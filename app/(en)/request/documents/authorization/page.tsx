import { AuthorizationPage } from "@/components/documents/pages/print-pages";
import { metadataFor } from "@/lib/page-metadata";

export const metadata = metadataFor("authorization", "en");

export default function Page() {
  return <AuthorizationPage locale="en" />;
}
