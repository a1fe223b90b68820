import * as legal from "@/content/es/legal";
import { languageHelpText } from "@/content/es/language-help";
import { languageAccess } from "@/content/es/legal/language-access";
import { deadlineText } from "@/content/es/deadline-text";
import { nextStepsText, reminderText } from "@/content/es/next-steps";
import { rulesNotes } from "@/content/es/rules-notes";
import * as dates from "@/lib/dates/format-es";
import { languageHelpView } from "@/lib/language-help/view";
// TODO(es rules): the Spanish rules (lib/rules/es.ts, another branch) replace
// this import, so the derived steps, deadlines and contacts are in Spanish too.
import { deriveRules } from "@/lib/rules";
import { citationsFrom } from "@/lib/rules/citations";
import { whenFrom } from "@/lib/rules/when";
import type { NextStepsLanguage } from "./language";

const citations = citationsFrom(legal);
const whenDue = whenFrom(deadlineText.when, dates);

/** The next steps in Spanish. */
export const spanish: NextStepsLanguage = {
  locale: "es",
  words: nextStepsText,
  rulesText: { notes: rulesNotes, disclaimer: legal.DISCLAIMER, formatMediumDate: dates.formatMediumDate, citationFor: citations.citationFor, allSources: citations.allSources },
  legal,
  citations,
  dates,
  whenDue,
  reminders: { words: reminderText, whenDue, dates },
  languageHelp: languageHelpView({ words: languageHelpText, statement: languageAccess, sourced: citations.sourced, notes: rulesNotes }),
  deriveRules,
};
