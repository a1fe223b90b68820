import type { deadlineText } from "@/content/deadline-text";
import type { IsoDate } from "@/lib/dates/date-parts";
import type { DateFormatter } from "@/lib/dates/formatters";
import type { Translated } from "@/lib/i18n/translated";

type WhenWords = Translated<typeof deadlineText.when>;

/** `whenDue` in a language: its "on or about" words and its date formatter. */
export const whenFrom =
  (words: WhenWords, dates: DateFormatter) =>
  ({ date, time }: { date: IsoDate; time?: string }): string =>
    time ? words.atHour(dates.formatDateTime(date, time)) : words.onDay(dates.formatLongDate(date));

/** The last day a plan counting every state holiday is still on time: never call it late before this is over. */
export function lastOnTimeDay(deadline: { date: IsoDate; latest?: { date: IsoDate } }): IsoDate {
  return deadline.latest?.date ?? deadline.date;
}
