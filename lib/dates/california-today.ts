import type { IsoDate } from "@/lib/schema/date-parts";

export const CALIFORNIA_TIME_ZONE = "America/Los_Angeles";

/** Today's calendar date in California, whatever zone the browser is in. */
export function todayInCalifornia(now: Date = new Date()): IsoDate {
  // en-CA formats as yyyy-mm-dd.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: CALIFORNIA_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
