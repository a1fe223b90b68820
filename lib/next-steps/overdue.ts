import { addBusinessDays } from "@/lib/dates/california-holidays";
import { californiaDateTime } from "@/lib/dates/california-time";
import { todayInCalifornia } from "@/lib/dates/california-today";
import { isoFromDateParts, type IsoDate } from "@/lib/dates/date-parts";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import type { Deadline, DerivedRules } from "@/lib/rules/types";
import { lastOnTimeDay } from "@/lib/rules/when-from";

export type Overdue = {
  /** The plan's decision date that has passed, the latest one too (ours, or the plan's own written one when later). */
  due: Deadline;
  /** A later date the plan gave in a written delay notice: it has passed too. */
  planGivenDate?: IsoDate;
  /** A later date the plan gave, but not in writing: it does not move the deadline. */
  planGivenNotInWriting?: IsoDate;
};

/** The decision is still awaited: nothing recorded, "waiting", "no answer", or more information the plan has received. */
export function isAwaitingDecision(request: SecondOpinionRequest): boolean {
  const { outcome } = request.decision;
  if (outcome === undefined || outcome === "waiting" || outcome === "no-answer") return true;
  // The clock restarts from the plan's receipt of the information: only then is a new date known.
  return outcome === "more-info" && isoFromDateParts(request.decision.moreInfoReceivedDate) !== undefined;
}

/** True once a California date (and time, for hour clocks) is over at `now`. */
export function isPast(date: IsoDate, time: string | undefined, now: Date): boolean {
  const today = todayInCalifornia(now);
  if (date < today) return true;
  if (date > today || !time) return false;
  return californiaDateTime(now).time >= time;
}

/** A later date the plan gave, and whether it came in a written delay notice (HSC §1367.01(h)(5)). */
function planGivenDate(request: SecondOpinionRequest, due: Deadline): { date: IsoDate; inWriting: boolean } | undefined {
  const date = isoFromDateParts(request.decision.planGivenDueDate);
  if (!date || date <= lastOnTimeDay(due)) return undefined;
  return { date, inWriting: request.decision.planGivenDueDateInWriting === "yes" };
}

/**
 * The last day the plan is on time: the latest due date (a plan counting every
 * state holiday), or a later date the plan gave in a written delay notice. A
 * date said only on the phone does not extend the deadline.
 */
export function onTimeUntil(request: SecondOpinionRequest, due: Deadline): IsoDate {
  const given = planGivenDate(request, due);
  return given?.inWriting ? given.date : lastOnTimeDay(due);
}

/**
 * The plan's answer is late: no decision recorded, and the last day it is on
 * time (onTimeUntil) has passed in California (the 72-hour clock at its hour
 * when the time is known).
 */
export function overdueState(request: SecondOpinionRequest, rules: DerivedRules, now: Date): Overdue | null {
  const due = rules.deadlines.decisionDue;
  if (!due || !isAwaitingDecision(request)) return null;
  const given = planGivenDate(request, due);
  const until = onTimeUntil(request, due);
  if (!isPast(until, until === due.date ? due.time : undefined, now)) return null;
  if (!given) return { due };
  return given.inWriting ? { due, planGivenDate: given.date } : { due, planGivenNotInWriting: given.date };
}

/**
 * The likely date has passed with no answer, but the plan is not late yet:
 * one that counts every state holiday has until the latest date. A good
 * moment to call member services, not to complain.
 */
export function pastLikelyDate(request: SecondOpinionRequest, rules: DerivedRules, now: Date): Deadline | null {
  const due = rules.deadlines.decisionDue;
  if (!due?.latest || !isAwaitingDecision(request)) return null;
  return isPast(due.date, due.time, now) && !isPast(due.latest.date, due.time, now) ? due : null;
}

/** The business day after the likely decision date: when to call if there is no answer. */
export function followUpCallDate(due: Deadline): IsoDate {
  return addBusinessDays(due.date, 1, "likely");
}
