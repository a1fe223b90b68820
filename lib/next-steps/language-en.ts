import * as legal from "@/content/legal";
import { languageHelpText } from "@/content/language-help";
import { languageAccess } from "@/content/legal/language-access";
import { nextStepsText, reminderText } from "@/content/next-steps";
import * as dates from "@/lib/dates/format";
import { languageHelpView } from "@/lib/language-help/view";
import { deriveRules } from "@/lib/rules";
import { englishRulesText } from "@/lib/rules/rules-text";
import { citationFor, contactFor, sourced } from "@/lib/rules/citations";
import { whenDue } from "@/lib/rules/when";
import type { NextStepsLanguage } from "./language";

/** The next steps in English. */
export const english: NextStepsLanguage = {
  locale: "en",
  words: nextStepsText,
  rulesText: englishRulesText,
  legal,
  citations: { citationFor, contactFor, sourced },
  dates,
  whenDue,
  reminders: { words: reminderText, whenDue, dates },
  languageHelp: languageHelpView({ words: languageHelpText, statement: languageAccess, sourced, notes: englishRulesText.notes }),
  deriveRules,
};
