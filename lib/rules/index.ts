import {
  DISCLAIMER,
  LAST_REVIEWED,
  denialNoticeContents,
  getClock,
  getContact,
  getCoverageRule,
  getRegulator,
  getSource,
  outOfNetworkRule,
  planNotes,
  regulatorFinder,
  sharedWhoMayGiveOpinion,
} from "@/content/legal";
import { dueDatesText } from "@/content/due-dates";
import { deadlineText } from "@/content/deadline-text";
import { escalationSteps, freeHelpStep, mediCalAppealStep } from "@/content/legal/escalation";
import { mediCalTrack } from "@/content/legal/medi-cal";
import { nextStepsText } from "@/content/next-steps";
import { rulesNotes } from "@/content/rules-notes";
import * as dates from "@/lib/dates/format";
import { rulesFrom } from "./rules-from";
import { californiaHolidayCalendar } from "@/content/legal/holidays";

export type * from "./types";
export type { RulesWords } from "./rules-from";

// The rules in English (lib/rules/es.ts: the same in Spanish).
const content = {
  DISCLAIMER,
  LAST_REVIEWED,
  denialNoticeContents,
  getClock,
  getContact,
  getCoverageRule,
  getRegulator,
  getSource,
  outOfNetworkRule,
  planNotes,
  regulatorFinder,
  sharedWhoMayGiveOpinion,
  escalationSteps,
  freeHelpStep,
  mediCalAppealStep,
  mediCalTrack,
  deadlineText,
  dates,
  calendar: californiaHolidayCalendar,
  notes: rulesNotes,
  dueDates: dueDatesText,
  nextSteps: nextStepsText,
};
const english = rulesFrom(content);

/**
 * Everything the law says about this member's request, derived (never stored):
 * whether state law applies, the regulator, the statute, contacts, and the
 * deadlines counted from the dates entered. `now` decides each deadline's
 * status (past/today/future) and the "right away" date for urgent cases.
 */
export const deriveRules = english.deriveRules;

/** The words the rules' client components show, in English. */
export const rulesWords = english.rulesWords;
