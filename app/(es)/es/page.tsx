import type { Metadata } from "next";
import { StartPage } from "@/components/start/start-page";
import { languageAlternates } from "@/lib/i18n/twins";

export const metadata: Metadata = { alternates: languageAlternates("start") };

export default function Page() {
  return <StartPage locale="es" />;
}
