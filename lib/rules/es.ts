import * as legal from "@/content/es/legal";
import { dueDatesText } from "@/content/es/due-dates";
import { deadlineText } from "@/content/es/deadline-text";
import { nextStepsText } from "@/content/es/next-steps";
import { rulesNotes } from "@/content/es/rules-notes";
import * as dates from "@/lib/dates/format-es";
import { rulesFrom } from "./rules-from";
import { californiaHolidayCalendar } from "@/content/es/legal/holidays";

export type * from "./types";
export type { RulesWords } from "./rules-from";

// The rules in Spanish: the same API as lib/rules/index.ts, the same dates, ids
// and sources, in Spanish words. Only Spanish content is imported here.
const content = {
  ...legal,
  deadlineText,
  dates,
  calendar: californiaHolidayCalendar,
  notes: rulesNotes,
  dueDates: dueDatesText,
  nextSteps: nextStepsText,
};
const spanish = rulesFrom(content);

/** `deriveRules` (lib/rules/index.ts), in Spanish. */
export const deriveRules = spanish.deriveRules;

/** The words the rules' client components show, in Spanish. */
export const rulesWords = spanish.rulesWords;
