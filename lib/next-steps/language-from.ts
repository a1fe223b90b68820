import type { Statement } from "@/content/legal/statement";
import type { Locale } from "@/lib/i18n/locales";
import { languageHelpView } from "@/lib/language-help/view";
import { citationsFrom, type LegalLookups } from "@/lib/rules/citations-from";
import type { RulesWords } from "@/lib/rules/rules-from";
import type { NextStepsLanguage } from "./language";
import type { DeriveRules, NextStepsLegal } from "./steps-from";

type Content = {
  locale: Locale;
  words: NextStepsLanguage["words"];
  reminderWords: NextStepsLanguage["reminders"]["words"];
  legal: NextStepsLegal & LegalLookups;
  languageHelpWords: { heading: string; general: string };
  languageAccess: Statement;
  deriveRules: DeriveRules;
  rulesWords: RulesWords;
};

/** The next steps' language from one language's content and rules (./language-en.ts, ./language-es.ts). Imports no content. */
export function nextStepsLanguageFrom({ locale, words, reminderWords, legal, languageHelpWords, languageAccess, deriveRules, rulesWords }: Content): NextStepsLanguage {
  const citations = citationsFrom(legal);
  const { dates, whenDue, text: rulesText } = rulesWords;
  return {
    locale,
    words,
    rulesText,
    legal,
    citations,
    dates,
    whenDue,
    reminders: { words: reminderWords, whenDue, dates },
    languageHelp: languageHelpView({ words: languageHelpWords, statement: languageAccess, sourced: citations.sourced, notes: rulesText.notes }),
    deriveRules,
    rulesWords,
  };
}
