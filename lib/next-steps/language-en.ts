import * as legal from "@/content/legal";
import { languageHelpText } from "@/content/language-help";
import { languageAccess } from "@/content/legal/language-access";
import { nextStepsText, reminderText } from "@/content/next-steps";
import { languageHelpView } from "@/lib/language-help/view";
import { deriveRules, rulesWords } from "@/lib/rules";
import { citationsFrom } from "@/lib/rules/citations-from";
import type { NextStepsLanguage } from "./language";

const citations = citationsFrom(legal);
const { dates, whenDue, text: rulesText } = rulesWords;

/** The next steps in English: the English words, legal content and rules (lib/rules). */
export const english: NextStepsLanguage = {
  locale: "en",
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
