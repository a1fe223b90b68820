import { californiaHolidayCalendar, type HolidayCalendar, type HolidayRule } from "@/content/legal/holidays";
import type { IsoDate } from "@/lib/schema/date-parts";
import { addCalendarDays, dayOfWeek, isIsoDate, isoFromYmd, isWeekend, yearOf } from "./calendar-date";

type HolidayDate = {
  id: string;
  name: string;
  /** The holiday's own date. */
  date: IsoDate;
  /** The weekday it is observed on (same as date unless moved by the observed-day rule). */
  observed: IsoDate;
  note?: string;
};

function dateOfRule(rule: HolidayRule, year: number): IsoDate | undefined {
  switch (rule.kind) {
    case "fixed":
      return isoFromYmd(year, rule.month, rule.day);
    case "nth-weekday": {
      const first = isoFromYmd(year, rule.month, 1);
      const offset = (rule.weekday - dayOfWeek(first) + 7) % 7;
      return addCalendarDays(first, offset + 7 * (rule.n - 1));
    }
    case "last-weekday": {
      const nextMonthFirst = rule.month === 12 ? isoFromYmd(year + 1, 1, 1) : isoFromYmd(year, rule.month + 1, 1);
      const last = addCalendarDays(nextMonthFirst, -1);
      const back = (dayOfWeek(last) - rule.weekday + 7) % 7;
      return addCalendarDays(last, -back);
    }
    case "listed":
      return rule.dates.find((date) => yearOf(date) === year && isIsoDate(date));
  }
}

const yearCache = new WeakMap<HolidayCalendar, Map<number, readonly HolidayDate[]>>();

/** The holidays of one year, with the days they are observed on. */
export function holidaysInYear(year: number, calendar: HolidayCalendar = californiaHolidayCalendar): HolidayDate[] {
  let years = yearCache.get(calendar);
  if (!years) {
    years = new Map();
    yearCache.set(calendar, years);
  }
  let holidays = years.get(year);
  if (!holidays) {
    holidays = computeHolidays(year, calendar);
    years.set(year, holidays);
  }
  return holidays.map((holiday) => ({ ...holiday }));
}

function computeHolidays(year: number, calendar: HolidayCalendar): HolidayDate[] {
  const { observedDayRule } = calendar;
  return calendar.holidays.flatMap((holiday) => {
    const date = dateOfRule(holiday.rule, year);
    if (!date) return [];
    let observed = date;
    const weekday = dayOfWeek(date);
    if (weekday === 0 && holiday.rule.kind === "fixed") observed = addCalendarDays(date, 1);
    if (weekday === 6 && observedDayRule.saturdayToFriday.includes(holiday.id)) observed = addCalendarDays(date, -1);
    return [{ id: holiday.id, name: holiday.name, date, observed, ...(holiday.note ? { note: holiday.note } : {}) }];
  });
}

/** Years whose "listed" holidays (Lunar New Year) the calendar covers. */
export function coveredYears(calendar: HolidayCalendar = californiaHolidayCalendar): { from: number; to: number } {
  const years = calendar.holidays.flatMap((holiday) => (holiday.rule.kind === "listed" ? holiday.rule.dates.map(yearOf) : []));
  return { from: Math.min(...years), to: Math.max(...years) };
}

const cache = new WeakMap<HolidayCalendar, Map<number, Set<IsoDate>>>();

/** Weekdays that are not business days in a year: holidays on their observed day. */
function closedWeekdays(year: number, calendar: HolidayCalendar): Set<IsoDate> {
  let years = cache.get(calendar);
  if (!years) {
    years = new Map();
    cache.set(calendar, years);
  }
  let closed = years.get(year);
  if (!closed) {
    closed = new Set(holidaysInYear(year, calendar).map((holiday) => holiday.observed));
    // A holiday observed on Dec 31 or Jan 1 may belong to the neighbouring year.
    for (const neighbour of [year - 1, year + 1]) {
      for (const holiday of holidaysInYear(neighbour, calendar)) {
        if (yearOf(holiday.observed) === year) closed.add(holiday.observed);
      }
    }
    years.set(year, closed);
  }
  return closed;
}

/** The holiday observed on a date, if any. */
function holidayObservedOn(date: IsoDate, calendar: HolidayCalendar = californiaHolidayCalendar): HolidayDate | undefined {
  if (isWeekend(date) || !closedWeekdays(yearOf(date), calendar).has(date)) return undefined;
  const year = yearOf(date);
  return [year - 1, year, year + 1]
    .flatMap((candidate) => holidaysInYear(candidate, calendar))
    .find((holiday) => holiday.observed === date);
}

export function isBusinessDay(date: IsoDate, calendar: HolidayCalendar = californiaHolidayCalendar): boolean {
  return !isWeekend(date) && !closedWeekdays(yearOf(date), calendar).has(date);
}

/**
 * The date `count` business days after `start`: the day of `start` never
 * counts (the clock starts the day after), whether or not it is a business day.
 */
export function addBusinessDays(start: IsoDate, count: number, calendar: HolidayCalendar = californiaHolidayCalendar): IsoDate {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Business days must be a whole number ≥ 0, got ${count}`);
  let date = start;
  let remaining = count;
  while (remaining > 0) {
    date = addCalendarDays(date, 1);
    if (isBusinessDay(date, calendar)) remaining -= 1;
  }
  return date;
}

/** Holidays skipped while counting from `start` (exclusive) to `end` (inclusive), for "Christmas skipped" notes. */
export function holidaysBetween(start: IsoDate, end: IsoDate, calendar: HolidayCalendar = californiaHolidayCalendar): HolidayDate[] {
  const found: HolidayDate[] = [];
  for (let date = addCalendarDays(start, 1); date <= end; date = addCalendarDays(date, 1)) {
    if (isWeekend(date)) continue;
    const holiday = holidayObservedOn(date, calendar);
    if (holiday) found.push(holiday);
  }
  return found;
}
