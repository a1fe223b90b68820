import { reminderText } from "@/content/next-steps";
import { followUpCallDate, isAwaitingDecision, isPast } from "@/lib/next-steps/overdue";
import { formatTime } from "@/lib/dates/format";
import { whenDue } from "@/lib/next-steps/when";
import type { IsoDate } from "@/lib/schema/date-parts";
import type { SecondOpinionRequest } from "@/lib/schema/request";
import type { Deadline, DerivedRules } from "@/lib/rules/types";

export type ReminderId = "decisionDue" | "followUpCall" | "grievanceAnswerDue" | "imrApplyBy";

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

function fromDeadline(id: Exclude<ReminderId, "followUpCall">, deadline: Deadline): Reminder {
  const text = reminderText[id];
  const title = deadline.time ? `${text.title} by ${formatTime(deadline.time)} California time` : text.title;
  return {
    id,
    label: text.label,
    title,
    description: `${text.description(whenDue(deadline))}\n\n${deadline.summary}\n${reminderText.footer}`,
    date: deadline.date,
    ...(deadline.time ? { time: deadline.time } : {}),
    fileName: `${text.fileName}-${deadline.date}`,
  };
}

/**
 * The dates worth a calendar reminder now, in order: the decision due date
 * and a follow-up call the next business day (while a decision is awaited),
 * the grievance answer date, the Independent Medical Review apply-by date.
 * Dates already over in California are left out.
 */
export function calendarReminders(request: SecondOpinionRequest, rules: DerivedRules, now: Date): Reminder[] {
  const reminders: Reminder[] = [];
  const { decisionDue, grievanceAnswerDue, imrApplyBy } = rules.deadlines;
  const upcoming = (deadline: Deadline | undefined): deadline is Deadline => deadline !== undefined && !isPast(deadline.date, deadline.time, now);

  if (decisionDue && isAwaitingDecision(request)) {
    if (upcoming(decisionDue)) reminders.push(fromDeadline("decisionDue", decisionDue));
    const callOn = followUpCallDate(decisionDue);
    if (!isPast(callOn, undefined, now)) {
      const text = reminderText.followUpCall;
      reminders.push({
        id: "followUpCall",
        label: text.label,
        title: text.title,
        description: `${text.description(whenDue(decisionDue))}\n${reminderText.footer}`,
        date: callOn,
        fileName: `${text.fileName}-${callOn}`,
      });
    }
  }
  if (upcoming(grievanceAnswerDue)) reminders.push(fromDeadline("grievanceAnswerDue", grievanceAnswerDue));
  if (upcoming(imrApplyBy)) reminders.push(fromDeadline("imrApplyBy", imrApplyBy));
  return reminders;
}
