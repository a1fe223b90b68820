"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { noScriptText } from "@/content/no-script";
import { pathWithoutLocale } from "@/lib/i18n/locales";
import type { Translated } from "@/lib/i18n/translated";
import { useLocalizedHref } from "@/lib/i18n/use-locale";
import { routes } from "@/lib/routes";

/**
 * Only without JavaScript: says plainly that the wizard needs it (to keep the
 * answers on this device) and links the pages that work without it. The
 * "Loading your answers…" line it replaces is hidden then (globals.css).
 * Not on a page it lists as working without JavaScript (the blank checklist
 * sits among the wizard's pages): it would tell the member that page needs it.
 * A client component only to read the path; its HTML is rendered on the server,
 * with the words of the page's language (from the layout).
 */
export function NoScriptNotice({ text }: { text: Translated<typeof noScriptText> }) {
  const path = pathWithoutLocale(usePathname());
  const localized = useLocalizedHref();
  if (text.links.some((link) => routes[link.route] === path)) return null;
  return (
    <noscript>
      <section className="notice notice--warning" aria-labelledby="no-script-heading">
        <h2 className="heading-m" id="no-script-heading">
          {text.heading}
        </h2>
        <p>{text.body}</p>
        <p>{text.linksIntro}</p>
        <ul className="list">
          {text.links.map((link) => (
            <li key={link.route}>
              <Link href={localized(routes[link.route])} prefetch={false}>
                {link.text}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </noscript>
  );
}
