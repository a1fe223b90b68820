import * as legal from "@/content/es/legal";
import { languageHelpText } from "@/content/es/language-help";
import { languageAccess } from "@/content/es/legal/language-access";
import { nextStepsText, reminderText } from "@/content/es/next-steps";
import { languageHelpView } from "@/lib/language-help/view";
import { deriveRules, rulesWords } from "@/lib/rules/es";
import { citationsFrom } from "@/lib/rules/citations-from";
import type { NextStepsLanguage } from "./language";

// Only Spanish content, and content-free factories: the Spanish page's next
// steps never load an English sentence.

const citations = citationsFrom(legal);
const { dates, whenDue, text: rulesText } = rulesWords;

/** The next steps in Spanish: the Spanish words, legal content and rules (lib/rules/es). */
export const spanish: NextStepsLanguage = {
  locale: "es",
  words: nextStepsText,
  rulesText,
  legal,
  citations,
  dates,
  whenDue,
  reminders: { words: reminderText, whenDue, dates },
  languageHelp: languageHelpView({ words: languageHelpText, statement: languageAccess, sourced: citations.sourced, notes: rulesText.notes }),
  deriveRules,
  rulesWords,
};
