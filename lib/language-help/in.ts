import { languageHelpText } from "@/content/language-help";
import { languageHelpText as spanishLanguageHelpText } from "@/content/es/language-help";
import { languageAccess } from "@/content/legal/language-access";
import { languageAccess as spanishLanguageAccess } from "@/content/es/legal/language-access";
import { getContact, getSource } from "@/content/legal";
import { getContact as getSpanishContact, getSource as getSpanishSource } from "@/content/es/legal";
import { rulesNotes } from "@/content/rules-notes";
import { rulesNotes as spanishRulesNotes } from "@/content/es/rules-notes";
import type { Locale } from "@/lib/i18n/locales";
import { citationsFrom } from "@/lib/rules/citations-from";
import { languageHelpView, type LanguageHelpView } from "./view";

// Both languages: for server components only (a client component gets the view as a prop).

const views: Record<Locale, () => LanguageHelpView> = {
  en: () =>
    languageHelpView({ words: languageHelpText, statement: languageAccess, sourced: citationsFrom({ getSource, getContact }).sourced, notes: rulesNotes }),
  es: () =>
    languageHelpView({
      words: spanishLanguageHelpText,
      statement: spanishLanguageAccess,
      sourced: citationsFrom({ getSource: getSpanishSource, getContact: getSpanishContact }).sourced,
      notes: spanishRulesNotes,
    }),
};

/** "Help in your language" in a page's language. */
export const languageHelpIn = (locale: Locale): LanguageHelpView => views[locale]();
