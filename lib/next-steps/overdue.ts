import { addBusinessDays } from "@/lib/dates/california-holidays";
import { californiaDateTime } from "@/lib/dates/california-time";
import { todayInCalifornia } from "@/lib/dates/california-today";
import { isoFromDateParts, type IsoDate } from "@/lib/schema/date-parts";
import type { SecondOpinionRequest } from "@/lib/schema/request";
import type { Deadline, DerivedRules } from "@/lib/rules/types";

export type Overdue = {
  /** The plan's decision date that has passed (ours, or the plan's own when it is later). */
  due: Deadline;
  /** The date the plan gave the member, when entered (it has passed too). */
  planGivenDate?: IsoDate;
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

/**
 * The plan's answer is late: no decision recorded, and the due date has
 * passed in California (the 72-hour clock at its hour when the time is known).
 * When the member entered a later date the plan gave them, that date must have
 * passed too: we do not tell a member the plan is late while it still keeps its word.
 */
export function overdueState(request: SecondOpinionRequest, rules: DerivedRules, now: Date): Overdue | null {
  const due = rules.deadlines.decisionDue;
  if (!due || !isAwaitingDecision(request)) return null;
  if (!isPast(due.date, due.time, now)) return null;
  const planGivenDate = isoFromDateParts(request.decision.planGivenDueDate);
  if (planGivenDate && planGivenDate > due.date) {
    if (!isPast(planGivenDate, undefined, now)) return null;
    return { due, planGivenDate };
  }
  return { due };
}

/** The business day after the decision due date: when to call if there is no answer. */
export function followUpCallDate(due: Deadline): IsoDate {
  return addBusinessDays(due.date, 1);
}
