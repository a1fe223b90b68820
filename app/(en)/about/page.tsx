import type { Metadata } from "next";
import { AboutPage } from "@/components/about/about-page";
import { aboutPageText } from "@/content/about-page";
import { pageMetadata } from "@/lib/i18n/twins";

export const metadata: Metadata = pageMetadata("about", aboutPageText.title);

export default function Page() {
  return <AboutPage locale="en" />;
}
