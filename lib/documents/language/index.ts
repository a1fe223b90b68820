// Loads one language of the documents, so a page (or the documents' worker)
// carries only the languages it makes documents in.
import type { Locale } from "@/lib/i18n/locales";
import type { DocumentLanguage } from "./types";

export type { DocumentLanguage } from "./types";

const loaders: Record<Locale, () => Promise<DocumentLanguage>> = {
  en: () => import("./en").then((module) => module.english),
  es: () => import("./es").then((module) => module.spanish),
};

const loaded = new Map<Locale, Promise<DocumentLanguage>>();

/** The documents' words, dates and legal wording in a language. */
export function loadDocumentLanguage(locale: Locale): Promise<DocumentLanguage> {
  let language = loaded.get(locale);
  if (!language) {
    language = loaders[locale]();
    loaded.set(locale, language);
    language.catch(() => loaded.delete(locale));
  }
  return language;
}
