import { createEvent, type DateArray, type EventAttributes } from "ics";
import { addCalendarDays } from "@/lib/dates/calendar-date";
import { californiaInstant } from "@/lib/dates/california-time";
import type { Reminder } from "./reminders";

// The iCalendar text for one reminder, built by the `ics` package. It pulls in
// a validation library, so client code loads this module with import() on click.

type CalendarFile = { fileName: string; text: string };

const PRODUCT_ID = "second-opinion-request-helper";
/** Length of the timed event that marks an hour deadline. */
const TIMED_MINUTES = 30;

const dateArray = (iso: string): [number, number, number] => iso.split("-").map(Number) as [number, number, number];

/**
 * All-day events carry floating dates (VALUE=DATE): the California date shows
 * on the same day in any calendar, whatever its zone. A timed event (the
 * 72-hour clock) is written as the UTC instant of the California time, so every
 * calendar shows it at the right moment in its own zone.
 */
export function reminderToIcs(reminder: Reminder, now: Date): CalendarFile {
  const timing: Pick<EventAttributes, "start" | "startInputType" | "startOutputType"> & ({ end: DateArray } | { duration: { minutes: number } }) =
    reminder.time
      ? { start: californiaInstant(reminder.date, reminder.time).getTime(), startInputType: "utc", startOutputType: "utc", duration: { minutes: TIMED_MINUTES } }
      : { start: dateArray(reminder.date), end: dateArray(addCalendarDays(reminder.date, 1)) };
  // DTSTAMP is when the file was made: the `ics` package reads `timestamp` (missing from its types).
  const attributes: EventAttributes & { timestamp: number } = {
    ...timing,
    title: reminder.title,
    description: reminder.description,
    uid: `${reminder.id}-${reminder.date}@${PRODUCT_ID}`,
    productId: PRODUCT_ID,
    busyStatus: "FREE",
    transp: "TRANSPARENT",
    alarms: [
      reminder.time
        ? { action: "display", description: reminder.title, trigger: { hours: 2, before: true } }
        : // The evening before an all-day date (relative to its midnight start).
          { action: "display", description: reminder.title, trigger: { hours: 6, before: true } },
    ],
    timestamp: now.getTime(),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error("The calendar file could not be made");
  return { fileName: `${reminder.fileName}.ics`, text: value };
}
