import type { reminderText } from "@/content/next-steps";
import { addBusinessDays } from "@/lib/dates/california-holidays";
import type { DateFormatter } from "@/lib/dates/formatters";
import { followUpCallDate, isAwaitingDecision, isPast, onTimeUntil } from "@/lib/next-steps/overdue";
import type { IsoDate } from "@/lib/dates/date-parts";
import type { Translated } from "@/lib/i18n/translated";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import type { Deadline, DerivedRules } from "@/lib/rules/types";

// No words are imported here: each language passes its own (content/next-steps.ts
// or content/es/next-steps.ts), with its "on or about" and its date formatter,
// so a page loads only its own language's reminders.

export type ReminderId = "decisionDue" | "followUpCall" | "planLate" | "grievanceAnswerDue" | "imrApplyBy";

/** One date worth a calendar entry, in the page's language. No `time`: an all-day event on a California date. */
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

/** What the reminders need in a language. */
export type ReminderLanguage = {
  words: Translated<typeof reminderText>;
  /** `whenDue` in that language (lib/rules/when.ts `whenFrom`). */
  whenDue: (deadline: { date: IsoDate; time?: string }) => string;
  dates: Pick<DateFormatter, "formatTime">;
};

/**
 * `calendarReminders` in one language. The dates worth a calendar reminder
 * now, in order: while a decision is awaited, the likely decision date, a
 * follow-up call the next business day (counting the days state offices
 * close), and, when a plan counting every state holiday (or its own written
 * date) has longer, the day it is late; then the grievance answer date and
 * the Independent Medical Review apply-by date. Dates already over in
 * California are left out.
 */
export function remindersFrom({ words, whenDue, dates }: ReminderLanguage) {
  function fromDeadline(id: "decisionDue" | "grievanceAnswerDue" | "imrApplyBy", deadline: Deadline): Reminder {
    const text = words[id];
    const title = deadline.time ? words.byHour(text.title, dates.formatTime(deadline.time)) : text.title;
    const latest = deadline.latest ? `\n${deadline.latest.text}` : "";
    return {
      id,
      label: text.label,
      title,
      description: `${text.description(whenDue(deadline))}\n\n${deadline.summary}${latest}\n${words.footer}`,
      date: deadline.date,
      ...(deadline.time ? { time: deadline.time } : {}),
      fileName: `${text.fileName}-${deadline.date}`,
    };
  }

  function onDay(id: "followUpCall" | "planLate", date: IsoDate, description: string): Reminder {
    const text = words[id];
    return { id, label: text.label, title: text.title, description: `${description}\n${words.footer}`, date, fileName: `${text.fileName}-${date}` };
  }

  return function calendarReminders(request: SecondOpinionRequest, rules: DerivedRules, now: Date): Reminder[] {
    const reminders: Reminder[] = [];
    const { decisionDue, grievanceAnswerDue, imrApplyBy } = rules.deadlines;
    const upcoming = (deadline: Deadline | undefined): deadline is Deadline => deadline !== undefined && !isPast(deadline.date, deadline.time, now);

    if (decisionDue && isAwaitingDecision(request)) {
      if (upcoming(decisionDue)) reminders.push(fromDeadline("decisionDue", decisionDue));
      const callOn = followUpCallDate(decisionDue);
      if (!isPast(callOn, undefined, now)) reminders.push(onDay("followUpCall", callOn, words.followUpCall.description(whenDue(decisionDue))));
      const until = onTimeUntil(request, decisionDue);
      const lateOn = addBusinessDays(until, 1, "latest");
      if (until !== decisionDue.date && lateOn > callOn && !isPast(lateOn, undefined, now)) {
        reminders.push(onDay("planLate", lateOn, words.planLate.description(whenDue({ date: until }))));
      }
    }
    if (upcoming(grievanceAnswerDue)) reminders.push(fromDeadline("grievanceAnswerDue", grievanceAnswerDue));
    if (upcoming(imrApplyBy)) reminders.push(fromDeadline("imrApplyBy", imrApplyBy));
    return reminders;
  };
}
