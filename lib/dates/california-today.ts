import type { IsoDate } from "@/lib/dates/date-parts";

export const CALIFORNIA_TIME_ZONE = "America/Los_Angeles";

const HOUR_MS = 60 * 60 * 1000;
/** Pacific daylight and standard time: California's clocks are 7 or 8 hours behind UTC. */
const DAYLIGHT_HOURS_BEHIND_UTC = 7;
const STANDARD_HOURS_BEHIND_UTC = 8;

// en-CA formats as yyyy-mm-dd. Made once, and only when needed: the browser's
// first date formatter costs some 40-100 ms on a slow phone (it loads the
// time-zone and calendar data), and it would be made while the page starts.
let formatter: Intl.DateTimeFormat | undefined;

const dateHoursBehindUtc = (now: Date, hours: number): IsoDate => new Date(now.getTime() - hours * HOUR_MS).toISOString().slice(0, 10);

/** Today's calendar date in California, whatever zone the browser is in. */
export function todayInCalifornia(now: Date = new Date()): IsoDate {
  // Both of California's offsets give the same date for 23 hours a day: then
  // that is the date, with no formatter. In the hour between, the time-zone
  // data decides whether daylight time applies.
  const daylight = dateHoursBehindUtc(now, DAYLIGHT_HOURS_BEHIND_UTC);
  if (daylight === dateHoursBehindUtc(now, STANDARD_HOURS_BEHIND_UTC)) return daylight;
  formatter ??= new Intl.DateTimeFormat("en-CA", {
    timeZone: CALIFORNIA_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  return formatter.format(now);
}
