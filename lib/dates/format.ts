import type { IsoDate } from "@/lib/dates/date-parts";
import { isIsoDate } from "./calendar-date";
import { isClockTime } from "./california-time";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

// Formatted from the y/m/d parts directly (not through Intl with the browser's
// zone), so a date never prints as the day before or after.

export function weekdayIndex(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Date.UTC would read years 0–99 as 1900–1999
  return date.getUTCDay();
}

/** "2026-12-28" → "Monday, December 28, 2026". */
export function formatLongDate(iso: IsoDate): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${WEEKDAYS[weekdayIndex(y, m, d)]}, ${MONTHS[m - 1]} ${d}, ${y}`;
}

/** "2026-12-28" → "December 28, 2026". */
export function formatMediumDate(iso: IsoDate): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** "15:00" → "3:00 pm"; "00:00" → "12:00 midnight"; "12:00" → "12:00 noon". */
export function formatTime(time: string): string {
  if (!isClockTime(time)) return time;
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  if (hh === 0 && mm === 0) return "12:00 midnight";
  if (hh === 12 && mm === 0) return "12:00 noon";
  const hour12 = hh % 12 === 0 ? 12 : hh % 12;
  return `${hour12}:${String(mm).padStart(2, "0")} ${hh < 12 ? "am" : "pm"}`;
}

/** "Monday, March 8, 2027, 3:00 pm (California time)" or just the long date. */
export function formatDateTime(iso: IsoDate, time?: string): string {
  return time ? `${formatLongDate(iso)}, ${formatTime(time)} (California time)` : formatLongDate(iso);
}
