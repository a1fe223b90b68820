import type { IsoDate } from "@/lib/schema/date-parts";

export const CALIFORNIA_TIME_ZONE = "America/Los_Angeles";

// en-CA formats as yyyy-mm-dd. Made once, on first use: building a formatter
// costs milliseconds, and every date field's check asks for today.
let formatter: Intl.DateTimeFormat | undefined;

/** Today's calendar date in California, whatever zone the browser is in. */
export function todayInCalifornia(now: Date = new Date()): IsoDate {
  formatter ??= new Intl.DateTimeFormat("en-CA", {
    timeZone: CALIFORNIA_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  return formatter.format(now);
}
