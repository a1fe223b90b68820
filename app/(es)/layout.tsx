import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteShell } from "@/components/layout/site-shell";
import { siteText } from "@/content/es/site";
import "../globals.css";

export const metadata: Metadata = {
  title: { default: siteText.name, template: `%s – ${siteText.name}` },
  description: siteText.description,
  // Installed from a Spanish page, the app is named in Spanish and opens at /es (public/manifest.es.webmanifest).
  manifest: "/manifest.es.webmanifest",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f4c81" };

export default function SpanishRootLayout({ children }: { children: ReactNode }) {
  return <SiteShell locale="es">{children}</SiteShell>;
}
