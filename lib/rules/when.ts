import { deadlineText } from "@/content/deadline-text";
import { formatDateTime, formatLongDate } from "@/lib/dates/format";
import type { IsoDate } from "@/lib/dates/date-parts";

/** "on or about Monday, December 28, 2026", or "by about Monday, December 21, 2026, 3:00 pm (California time)" for an hour clock. */
export function whenDue({ date, time }: { date: IsoDate; time?: string }): string {
  return time ? deadlineText.when.atHour(formatDateTime(date, time)) : deadlineText.when.onDay(formatLongDate(date));
}

/** The last day a plan counting every state holiday is still on time: never call it late before this is over. */
export function lastOnTimeDay(deadline: { date: IsoDate; latest?: { date: IsoDate } }): IsoDate {
  return deadline.latest?.date ?? deadline.date;
}
