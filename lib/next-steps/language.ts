import type { nextStepsText } from "@/content/next-steps";
import type { ReminderLanguage } from "@/lib/calendar/reminders";
import type { DateFormatter } from "@/lib/dates/formatters";
import type { IsoDate } from "@/lib/dates/date-parts";
import type { Locale } from "@/lib/i18n/locales";
import type { Translated } from "@/lib/i18n/translated";
import type { LanguageHelpView } from "@/lib/language-help/view";
import type { citationsFrom } from "@/lib/rules/citations-from";
import type { RulesWords } from "@/lib/rules/rules-from";
import type { RulesText } from "@/lib/rules/rules-text";
import { remindersFrom } from "@/lib/calendar/reminders";
import { nextStepsFrom, type DeriveRules, type NextStepsLegal } from "./steps-from";

/**
 * Everything the next steps say, in one language: its words, its legal
 * content and citations, its dates, and its rules. Built by
 * ./language-en.ts and ./language-es.ts, each loaded with import() by the
 * page in that language, so a page never carries the other language's words.
 */
export type NextStepsLanguage = {
  locale: Locale;
  words: Translated<typeof nextStepsText>;
  /** The words for the legal content's notes, sources and contacts (SourcedList, ContactsList): `rulesWords.text`. */
  rulesText: RulesText;
  legal: NextStepsLegal;
  /** Citations and contacts in this language (lib/rules/citations.ts `citationsFrom`). */
  citations: Pick<ReturnType<typeof citationsFrom>, "citationFor" | "contactFor" | "sourced">;
  dates: DateFormatter;
  /** "on or about Monday, …" / "alrededor del lunes, …". */
  whenDue: (deadline: { date: IsoDate; time?: string }) => string;
  reminders: ReminderLanguage;
  languageHelp: LanguageHelpView;
  /** The rules in this language (lib/rules or lib/rules/es): the next steps recount some dates (a grievance filed today, say). */
  deriveRules: DeriveRules;
  /** The words the rules' components show in this language (DueDateCard). */
  rulesWords: RulesWords;
};

const loaders: Record<Locale, () => Promise<NextStepsLanguage>> = {
  en: () => import("./language-en").then((module) => module.english),
  es: () => import("./language-es").then((module) => module.spanish),
};

/** The next steps' words and rules in a page's language, loaded on demand. */
export const loadNextStepsLanguage = (locale: Locale): Promise<NextStepsLanguage> => loaders[locale]();

/** The next steps and the calendar reminders, worked out in one language. */
export function nextStepsIn(language: NextStepsLanguage) {
  return {
    deriveNextSteps: nextStepsFrom(language.legal, language.citations, language.deriveRules),
    calendarReminders: remindersFrom(language.reminders),
  };
}
