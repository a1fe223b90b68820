import { californiaHolidayCalendar, type HolidayCalendar, type HolidayRule } from "@/content/legal/holidays";
import type { IsoDate } from "@/lib/dates/date-parts";
import { addCalendarDays, dayOfWeek, isIsoDate, isoFromYmd, isWeekend, yearOf } from "./calendar-date";

/**
 * Which holidays a count skips (content/legal/holidays.ts):
 * "likely", the days state offices close (the date to act on);
 * "latest", every Gov. Code §6700 day and the day after Thanksgiving (the plan is not late before it).
 */
export type HolidayTier = "likely" | "latest";

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
      return addCalendarDays(first, offset + 7 * (rule.n - 1) + (rule.daysAfter ?? 0));
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

/** The calendar a tier counts: the whole list, or only the days state offices close. */
const tierCalendars = new WeakMap<HolidayCalendar, HolidayCalendar>();
function calendarFor(tier: HolidayTier, calendar: HolidayCalendar): HolidayCalendar {
  if (tier === "latest") return calendar;
  let likely = tierCalendars.get(calendar);
  if (!likely) {
    likely = { ...calendar, holidays: calendar.holidays.filter((holiday) => holiday.stateOfficesClose) };
    tierCalendars.set(calendar, likely);
  }
  return likely;
}

const yearCache = new WeakMap<HolidayCalendar, Map<number, readonly HolidayDate[]>>();

function memoisedHolidays(year: number, calendar: HolidayCalendar): readonly HolidayDate[] {
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
  return holidays;
}

/** The holidays of one year in a tier, with the days they are observed on. */
export function holidaysInYear(year: number, tier: HolidayTier = "latest", calendar: HolidayCalendar = californiaHolidayCalendar): HolidayDate[] {
  return memoisedHolidays(year, calendarFor(tier, calendar)).map((holiday) => ({ ...holiday }));
}

function computeHolidays(year: number, calendar: HolidayCalendar): HolidayDate[] {
  const { observedDayRule } = calendar;
  return calendar.holidays.flatMap((holiday) => {
    const date = dateOfRule(holiday.rule, year);
    if (!date) return [];
    let observed = date;
    const weekday = dayOfWeek(date);
    if (weekday === 0 && holiday.sundayToMonday) observed = addCalendarDays(date, 1);
    if (weekday === 6 && observedDayRule.saturdayToFriday.includes(holiday.id)) observed = addCalendarDays(date, -1);
    return [{ id: holiday.id, name: holiday.name, date, observed, ...(holiday.note ? { note: holiday.note } : {}) }];
  });
}

/**
 * Whether the list can count a year: every holiday listed per year (Lunar New
 * Year, Diwali) has that year's date, or was not a holiday yet. A year it
 * cannot count would silently lose a holiday, so the deadline is flagged.
 */
export function isYearCovered(year: number, calendar: HolidayCalendar = californiaHolidayCalendar): boolean {
  return calendar.holidays.every(({ rule }) => {
    if (rule.kind !== "listed") return true;
    if (rule.since !== undefined && year < rule.since) return true;
    return rule.dates.some((date) => yearOf(date) === year);
  });
}

/** The span of years the list can count (see isYearCovered), assuming no gap inside it. */
export function coveredYears(calendar: HolidayCalendar = californiaHolidayCalendar): { from: number; to: number } {
  const listed = calendar.holidays.flatMap(({ rule }) => (rule.kind === "listed" ? [rule] : []));
  const firsts = listed.map((rule) => (rule.since !== undefined ? -Infinity : Math.min(...rule.dates.map(yearOf))));
  const lasts = listed.map((rule) => Math.max(...rule.dates.map(yearOf)));
  return { from: Math.max(...firsts), to: Math.min(...lasts) };
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
    closed = new Set(memoisedHolidays(year, calendar).map((holiday) => holiday.observed));
    // A holiday observed on Dec 31 or Jan 1 may belong to the neighbouring year.
    for (const neighbour of [year - 1, year + 1]) {
      for (const holiday of memoisedHolidays(neighbour, calendar)) {
        if (yearOf(holiday.observed) === year) closed.add(holiday.observed);
      }
    }
    years.set(year, closed);
  }
  return closed;
}

/** The holiday observed on a date, if any. */
function holidayObservedOn(date: IsoDate, calendar: HolidayCalendar): HolidayDate | undefined {
  if (isWeekend(date) || !closedWeekdays(yearOf(date), calendar).has(date)) return undefined;
  const year = yearOf(date);
  return [year - 1, year, year + 1]
    .flatMap((candidate) => memoisedHolidays(candidate, calendar))
    .find((holiday) => holiday.observed === date);
}

export function isBusinessDay(date: IsoDate, tier: HolidayTier = "latest", calendar: HolidayCalendar = californiaHolidayCalendar): boolean {
  return !isWeekend(date) && !closedWeekdays(yearOf(date), calendarFor(tier, calendar)).has(date);
}

/**
 * The date `count` business days after `start`: the day of `start` never
 * counts (the clock starts the day after), whether or not it is a business day.
 */
export function addBusinessDays(
  start: IsoDate,
  count: number,
  tier: HolidayTier = "latest",
  calendar: HolidayCalendar = californiaHolidayCalendar,
): IsoDate {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Business days must be a whole number ≥ 0, got ${count}`);
  let date = start;
  let remaining = count;
  while (remaining > 0) {
    date = addCalendarDays(date, 1);
    if (isBusinessDay(date, tier, calendar)) remaining -= 1;
  }
  return date;
}

/** Holidays skipped while counting from `start` (exclusive) to `end` (inclusive), for "Christmas skipped" notes. */
export function holidaysBetween(
  start: IsoDate,
  end: IsoDate,
  tier: HolidayTier = "latest",
  calendar: HolidayCalendar = californiaHolidayCalendar,
): HolidayDate[] {
  const counted = calendarFor(tier, calendar);
  const found: HolidayDate[] = [];
  for (let date = addCalendarDays(start, 1); date <= end; date = addCalendarDays(date, 1)) {
    if (isWeekend(date)) continue;
    const holiday = holidayObservedOn(date, counted);
    if (holiday) found.push(holiday);
  }
  return found;
}
