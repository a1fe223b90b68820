"use client";

import { usePathname } from "next/navigation";
import { languageNames } from "@/lib/i18n/locales";
import { twinOf } from "@/lib/i18n/twins";

/**
 * "Español" on an English page, "English" on a Spanish one: the same page in
 * the other language, named in that language. A plain link, since each
 * language has its own root layout (the switch is a full page load). The
 * answers are kept on this device, so nothing is lost. An item of the
 * header's navigation list, absent while the page has no twin.
 */
export function LanguageLink() {
  const twin = twinOf(usePathname());
  if (!twin) return null;
  return (
    <li>
      <a href={twin.href} lang={twin.locale} hrefLang={twin.locale}>
        {languageNames[twin.locale]}
      </a>
    </li>
  );
}
