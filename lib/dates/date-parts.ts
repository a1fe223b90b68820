/** A date as the member typed it: month, day and year fields (US order). */
export type DateParts = { month: string; day: string; year: string };

/** A calendar date with no time zone, as `yyyy-mm-dd`. */
export type IsoDate = string;

const pad = (value: number, width: number) => String(value).padStart(width, "0");

export function isDatePartsEmpty(parts: DateParts | undefined): boolean {
  return !parts || (!parts.month.trim() && !parts.day.trim() && !parts.year.trim());
}

/** The ISO date the parts name, or undefined when they are not a real date. */
export function isoFromDateParts(parts: DateParts | undefined): IsoDate | undefined {
  if (!parts) return undefined;
  const [month, day, year] = [parts.month, parts.day, parts.year].map((part) => part.trim());
  if (!/^\d{1,2}$/.test(month ?? "") || !/^\d{1,2}$/.test(day ?? "") || !/^\d{4}$/.test(year ?? "")) {
    return undefined;
  }
  const [m, d, y] = [Number(month), Number(day), Number(year)];
  if (m < 1 || m > 12 || d < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return undefined;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function datePartsFromIso(iso: IsoDate): DateParts {
  const [year = "", month = "", day = ""] = iso.split("-");
  return { month: String(Number(month)), day: String(Number(day)), year };
}
