import type { Metadata } from "next";
import { IfDeniedPage } from "@/components/if-denied/if-denied-page";
import { ifDeniedText } from "@/content/es/next-steps";
import { pageMetadata } from "@/lib/i18n/twins";

export const metadata: Metadata = pageMetadata("ifDenied", ifDeniedText.title);

export default function Page() {
  return <IfDeniedPage locale="es" />;
}
