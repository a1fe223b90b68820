import type { IsoDate } from "@/lib/dates/date-parts";
import { isIsoDate } from "./calendar-date";
import { isClockTime } from "./california-time";
import { weekdayIndex } from "./format";

// The Spanish twin of ./format: the same functions, the glossary's forms
// ("lunes, 8 de marzo de 2027", "3:00 p. m."). Its own module, so English
// pages never load Spanish month names, and the reverse.

const WEEKDAYS = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"] as const;
const MONTHS = [
  "enero", "febrero", "marzo", "abril", "mayo", "junio",
  "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
] as const;

/** "2026-12-28" → "lunes, 28 de diciembre de 2026". */
export function formatLongDate(iso: IsoDate): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${WEEKDAYS[weekdayIndex(y, m, d)]}, ${d} de ${MONTHS[m - 1]} de ${y}`;
}

/** "2026-12-28" → "28 de diciembre de 2026". */
export function formatMediumDate(iso: IsoDate): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d} de ${MONTHS[m - 1]} de ${y}`;
}

/** "15:00" → "3:00 p. m."; "00:00" → "12:00 a. m. (medianoche)"; "12:00" → "12:00 p. m. (mediodía)". */
export function formatTime(time: string): string {
  if (!isClockTime(time)) return time;
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  if (hh === 0 && mm === 0) return "12:00 a. m. (medianoche)";
  if (hh === 12 && mm === 0) return "12:00 p. m. (mediodía)";
  const hour12 = hh % 12 === 0 ? 12 : hh % 12;
  return `${hour12}:${String(mm).padStart(2, "0")} ${hh < 12 ? "a. m." : "p. m."}`;
}

/** "lunes, 8 de marzo de 2027, 3:00 p. m. (hora de California)" or just the long date. */
export function formatDateTime(iso: IsoDate, time?: string): string {
  return time ? `${formatLongDate(iso)}, ${formatTime(time)} (hora de California)` : formatLongDate(iso);
}
