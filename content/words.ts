import type { Locale } from "@/lib/i18n/locales";
import type { Translated } from "@/lib/i18n/translated";
import { siteText } from "./site";
import { siteText as spanishSiteText } from "./es/site";

// Every language's words, chosen by the page's language on the server. Only
// server components import this module: in a client component it would ship
// every language to the browser. Client components get their words as props,
// or load their own language's module on demand.

const english = { site: siteText };

export type Words = Translated<typeof english>;

const spanish: Words = { site: spanishSiteText };

const byLocale: Record<Locale, Words> = { en: english, es: spanish };

export const wordsIn = (locale: Locale): Words => byLocale[locale];
