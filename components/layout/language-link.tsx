"use client";

import { usePathname } from "next/navigation";
import { localePath, pathWithoutLocale, type Locale } from "@/lib/i18n/locales";

/**
 * "Español" on an English page, "English" on a Spanish one: the same page in
 * the other language, named in that language. A plain link, since each
 * language has its own root layout (the switch is a full page load). The
 * answers are kept on this device, so nothing is lost. An item of the
 * header's navigation list; every page has its twin.
 */
export function LanguageLink({ to, name }: { to: Locale; name: string }) {
  const path = pathWithoutLocale(usePathname());
  return (
    <li>
      <a href={localePath(to, path)} lang={to} hrefLang={to}>
        {name}
      </a>
    </li>
  );
}
