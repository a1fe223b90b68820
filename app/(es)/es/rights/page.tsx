import type { Metadata } from "next";
import { RightsPage } from "@/components/rights/rights-page";
import { rightsPageText } from "@/content/es/rights-page";
import { pageMetadata } from "@/lib/i18n/twins";

export const metadata: Metadata = pageMetadata("rights", rightsPageText.title);

export default function Page() {
  return <RightsPage locale="es" />;
}
