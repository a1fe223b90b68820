import { reminderText } from "@/content/next-steps";
import { addBusinessDays } from "@/lib/dates/california-holidays";
import { followUpCallDate, isAwaitingDecision, isPast, onTimeUntil } from "@/lib/next-steps/overdue";
import { formatTime } from "@/lib/dates/format";
import { whenDue } from "@/lib/rules/when";
import type { IsoDate } from "@/lib/dates/date-parts";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import type { Deadline, DerivedRules } from "@/lib/rules/types";

export type ReminderId = "decisionDue" | "followUpCall" | "planLate" | "grievanceAnswerDue" | "imrApplyBy";

/** One date worth a calendar entry. No `time`: an all-day event on a California date. */
export type Reminder = {
  id: ReminderId;
  /** Words after "Download": "the date the plan should decide". */
  label: string;
  title: string;
  description: string;
  date: IsoDate;
  /** "HH:MM", California time: a timed event (the 72-hour clock when the time is known). */
  time?: string;
  /** Without ".ics". */
  fileName: string;
};

function fromDeadline(id: "decisionDue" | "grievanceAnswerDue" | "imrApplyBy", deadline: Deadline): Reminder {
  const text = reminderText[id];
  const title = deadline.time ? `${text.title} by ${formatTime(deadline.time)} California time` : text.title;
  const latest = deadline.latest ? `\n${deadline.latest.text}` : "";
  return {
    id,
    label: text.label,
    title,
    description: `${text.description(whenDue(deadline))}\n\n${deadline.summary}${latest}\n${reminderText.footer}`,
    date: deadline.date,
    ...(deadline.time ? { time: deadline.time } : {}),
    fileName: `${text.fileName}-${deadline.date}`,
  };
}

function onDay(id: "followUpCall" | "planLate", date: IsoDate, description: string): Reminder {
  const text = reminderText[id];
  return { id, label: text.label, title: text.title, description: `${description}\n${reminderText.footer}`, date, fileName: `${text.fileName}-${date}` };
}

/**
 * The dates worth a calendar reminder now, in order: while a decision is
 * awaited, the likely decision date, a follow-up call the next business day
 * (counting the days state offices close), and, when a plan counting every
 * state holiday (or its own written date) has longer, the day it is late;
 * then the grievance answer date and the Independent Medical Review apply-by
 * date. Dates already over in California are left out.
 */
export function calendarReminders(request: SecondOpinionRequest, rules: DerivedRules, now: Date): Reminder[] {
  const reminders: Reminder[] = [];
  const { decisionDue, grievanceAnswerDue, imrApplyBy } = rules.deadlines;
  const upcoming = (deadline: Deadline | undefined): deadline is Deadline => deadline !== undefined && !isPast(deadline.date, deadline.time, now);

  if (decisionDue && isAwaitingDecision(request)) {
    if (upcoming(decisionDue)) reminders.push(fromDeadline("decisionDue", decisionDue));
    const callOn = followUpCallDate(decisionDue);
    if (!isPast(callOn, undefined, now)) reminders.push(onDay("followUpCall", callOn, reminderText.followUpCall.description(whenDue(decisionDue))));
    const until = onTimeUntil(request, decisionDue);
    const lateOn = addBusinessDays(until, 1, "latest");
    if (until !== decisionDue.date && lateOn > callOn && !isPast(lateOn, undefined, now)) {
      reminders.push(onDay("planLate", lateOn, reminderText.planLate.description(whenDue({ date: until }))));
    }
  }
  if (upcoming(grievanceAnswerDue)) reminders.push(fromDeadline("grievanceAnswerDue", grievanceAnswerDue));
  if (upcoming(imrApplyBy)) reminders.push(fromDeadline("imrApplyBy", imrApplyBy));
  return reminders;
}
