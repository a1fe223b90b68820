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
  return { fileName: `${reminder.fileName}.ics`, text: refold(value) };
}

/** UTF-8 length of one code point. */
const octetsOf = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/**
 * One content line folded as RFC 5545 §3.1 asks: at most 75 octets of UTF-8
 * per line, the rest on lines that start with a space (which counts), never
 * splitting a character's bytes. The `ics` package folds at 75 characters,
 * so a line of Spanish with accents could run past 75 octets.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = octetsOf(char);
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74; // after the leading space
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** Unfolds the `ics` package's lines (CRLF then a space or tab) and folds each again by octets. */
export function refold(text: string): string {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .map(foldLine)
    .join("\r\n");
}
