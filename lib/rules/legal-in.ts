import * as englishLegal from "@/content/legal";
import { escalationSteps, freeHelpStep, mediCalAppealStep } from "@/content/legal/escalation";
import { mediCalTrack } from "@/content/legal/medi-cal";
import * as spanishLegal from "@/content/es/legal";
import { rulesNotes } from "@/content/rules-notes";
import { rulesNotes as spanishRulesNotes } from "@/content/es/rules-notes";
import * as englishDates from "@/lib/dates/format";
import * as spanishDates from "@/lib/dates/format-es";
import type { Locale } from "@/lib/i18n/locales";
import type { Translated } from "@/lib/i18n/translated";
import { citationsFrom } from "./citations";
import { escalationFrom } from "./plan-rules";
import type { RulesText } from "./rules-text";

// The legal content and its citations in a page's language, for server
// components (the rights pages). Both languages are imported here, so a
// client component must never import this module.

const english = { ...englishLegal, escalationSteps, freeHelpStep, mediCalAppealStep, mediCalTrack, notes: rulesNotes, formatMediumDate: englishDates.formatMediumDate };
type LegalContent = Translated<typeof english>;
const spanish: LegalContent = { ...spanishLegal, notes: spanishRulesNotes, formatMediumDate: spanishDates.formatMediumDate };

const byLocale: Record<Locale, LegalContent> = { en: english, es: spanish };

/** Every rule, source and contact in one language, with the helpers that cite them. */
export function legalIn(locale: Locale) {
  const content = byLocale[locale];
  const citations = citationsFrom(content);
  const rulesText: RulesText = { notes: content.notes, disclaimer: content.DISCLAIMER, formatMediumDate: content.formatMediumDate, ...citations };
  return { ...content, ...citations, rulesText, escalationFor: escalationFrom(content, citations.sourced) };
}
