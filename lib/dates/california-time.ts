import type { IsoDate } from "@/lib/dates/date-parts";
import { CALIFORNIA_TIME_ZONE } from "./california-today";
import { isIsoDate } from "./calendar-date";

// Wall-clock times in California, and clock-hour arithmetic across
// daylight-saving changes, with Intl only (no time-zone library in the bundle).

type CaliforniaDateTime = { date: IsoDate; time: string };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isClockTime(value: string | undefined): value is string {
  return value !== undefined && TIME.test(value);
}

// Made on first use, not when the module loads: building a formatter with a
// time zone costs tens of milliseconds on a phone, and most pages never need it.
let partsFormatter: Intl.DateTimeFormat | undefined;
const californiaParts = () =>
  (partsFormatter ??= new Intl.DateTimeFormat("en-US", {
    timeZone: CALIFORNIA_TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }));

type WallParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallParts(instant: Date): WallParts {
  const parts: Partial<Record<string, number>> = {};
  for (const part of californiaParts().formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** California's offset from UTC at an instant, in milliseconds (e.g. -8 h in winter). */
function offsetAt(instant: Date): number {
  const p = wallParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (instant.getTime() - instant.getMilliseconds());
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** The California date and time of an instant. */
export function californiaDateTime(instant: Date): CaliforniaDateTime {
  const p = wallParts(instant);
  return { date: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/**
 * The instant a California wall-clock time names. A time skipped by the spring
 * change (2:30 am) is read with the offset from before the change (so 3:30 am
 * PDT); a repeated fall-back time resolves to its first occurrence.
 */
export function californiaInstant(date: IsoDate, time: string): Date {
  if (!isIsoDate(date) || !isClockTime(time)) throw new RangeError(`Not a California date and time: ${date} ${time}`);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  const wallAsUtc = Date.UTC(y, m - 1, d, hh, mm);
  // Try the offsets in force a day before and a day after; keep one that maps back to the same wall time.
  const candidates = [offsetAt(new Date(wallAsUtc - 86_400_000)), offsetAt(new Date(wallAsUtc + 86_400_000))];
  for (const offset of candidates) {
    const instant = new Date(wallAsUtc - offset);
    const back = californiaDateTime(instant);
    if (back.date === date && back.time === time) return instant;
  }
  return new Date(wallAsUtc - (candidates[0] ?? 0));
}

/** The California date and time `hours` clock hours (elapsed time) after a California date and time. */
export function addClockHours(date: IsoDate, time: string, hours: number): CaliforniaDateTime {
  return californiaDateTime(new Date(californiaInstant(date, time).getTime() + hours * 3_600_000));
}
