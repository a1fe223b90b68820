import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteShell } from "@/components/layout/site-shell";
import { siteText } from "@/content/site";
import "../globals.css";

export const metadata: Metadata = {
  title: { default: siteText.name, template: `%s – ${siteText.name}` },
  description: siteText.description,
  // Installable on a phone's home screen (public/manifest.webmanifest).
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f4c81" };

export default function EnglishRootLayout({ children }: { children: ReactNode }) {
  return <SiteShell locale="en">{children}</SiteShell>;
}
