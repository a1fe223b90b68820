import { asidePagesText } from "@/content/aside-pages";
import { asidePagesText as spanishAsidePagesText } from "@/content/es/aside-pages";
import type { Locale } from "@/lib/i18n/locales";

// The not-covered and regulator-finder pages' own words, by language: for
// their server components only (both languages are imported here).
const byLocale = { en: asidePagesText, es: spanishAsidePagesText } satisfies Record<Locale, typeof asidePagesText>;

export const asideWordsIn = (locale: Locale) => byLocale[locale];
