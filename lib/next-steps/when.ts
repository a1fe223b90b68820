import { formatDateTime, formatLongDate } from "@/lib/dates/format";
import type { IsoDate } from "@/lib/schema/date-parts";

/** "on or about Monday, December 28, 2026", or "by about Monday, December 21, 2026, 3:00 pm (California time)" for an hour clock. */
export function whenDue({ date, time }: { date: IsoDate; time?: string }): string {
  return time ? `by about ${formatDateTime(date, time)}` : `on or about ${formatLongDate(date)}`;
}
