import { addDays, addMonths, differenceInCalendarDays, getDay } from "date-fns";
import type { IsoDate } from "@/lib/dates/date-parts";

// Calendar dates (yyyy-mm-dd, no time zone) and their arithmetic.
//
// date-fns works on local-time Date objects. To make the arithmetic the same in
// every zone the browser may be in, each calendar date becomes a local Date at
// NOON: no zone shifts its clocks by 12 hours, so daylight-saving changes (even
// those at midnight) can never move it to another day. Only the y/m/d parts
// are ever read back.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The calendar date as a local Date at noon. Throws on a malformed date. */
function toNoonDate(iso: IsoDate): Date {
  if (!isIsoDate(iso)) throw new RangeError(`Not a calendar date: ${iso}`);
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(2000, 0, 1, 12, 0, 0, 0);
  date.setFullYear(y, m - 1, d);
  return date;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function isoFromLocalDate(date: Date): IsoDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function isoFromYmd(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function addCalendarDays(iso: IsoDate, days: number): IsoDate {
  return isoFromLocalDate(addDays(toNoonDate(iso), days));
}

/** Same day of the month `months` later; the last day of the month when it has no such day (Aug 31 + 6 → Feb 28/29). */
export function addCalendarMonths(iso: IsoDate, months: number): IsoDate {
  return isoFromLocalDate(addMonths(toNoonDate(iso), months));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(iso: IsoDate): number {
  return getDay(toNoonDate(iso));
}

export function isWeekend(iso: IsoDate): boolean {
  const day = dayOfWeek(iso);
  return day === 0 || day === 6;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toNoonDate(to), toNoonDate(from));
}

export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}
