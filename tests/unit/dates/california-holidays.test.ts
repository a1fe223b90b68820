import Holidays from "date-holidays";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { californiaHolidayCalendar } from "@/content/legal/holidays";
import { addCalendarDays, isWeekend } from "@/lib/dates/calendar-date";
import { addBusinessDays, coveredYears, holidaysBetween, holidaysInYear, isBusinessDay, isYearCovered, type HolidayTier } from "@/lib/dates/california-holidays";

const observedIn = (year: number, tier: HolidayTier = "latest") =>
  Object.fromEntries(holidaysInYear(year, tier).map((holiday) => [holiday.id, holiday.observed]));

describe("California state holidays (Gov. Code §6700, observed per §6701)", () => {
  it("lists the 2027 holidays on the days they are observed", () => {
    expect(observedIn(2027)).toEqual({
      "new-years-day": "2027-01-01",
      "martin-luther-king-jr-day": "2027-01-18",
      "lunar-new-year": "2027-02-06",
      "lincoln-day": "2027-02-12",
      "presidents-day": "2027-02-15",
      "cesar-chavez-day": "2027-03-31",
      "genocide-remembrance-day": "2027-04-24",
      "memorial-day": "2027-05-31",
      juneteenth: "2027-06-19",
      "independence-day": "2027-07-05", // Sunday July 4 → Monday
      "labor-day": "2027-09-06",
      "admission-day": "2027-09-09",
      "native-american-day": "2027-09-24",
      "second-monday-october": "2027-10-11",
      diwali: "2027-10-29",
      "veterans-day": "2027-11-11",
      "thanksgiving-day": "2027-11-25",
      "day-after-thanksgiving": "2027-11-26",
      "christmas-day": "2027-12-25", // Saturday: §6701 moves only Nov 11 to Friday
    });
  });

  it("the likely tier keeps only the days state offices close (CalHR), the day after Thanksgiving included", () => {
    expect(observedIn(2027, "likely")).toEqual({
      "new-years-day": "2027-01-01",
      "martin-luther-king-jr-day": "2027-01-18",
      "presidents-day": "2027-02-15",
      "cesar-chavez-day": "2027-03-31",
      "memorial-day": "2027-05-31",
      "independence-day": "2027-07-05",
      "labor-day": "2027-09-06",
      "veterans-day": "2027-11-11",
      "thanksgiving-day": "2027-11-25",
      "day-after-thanksgiving": "2027-11-26",
      "christmas-day": "2027-12-25",
    });
  });

  it("finds the day after Thanksgiving when November has five Thursdays", () => {
    // Nov 1, 2029 is a Thursday: Thanksgiving is the 22nd, the day after the 23rd (the 4th Friday);
    // Nov 1, 2030 is a Friday: Thanksgiving is the 28th, the day after the 29th (the 5th Friday).
    expect(observedIn(2029)["day-after-thanksgiving"]).toBe("2029-11-23");
    expect(observedIn(2030)["day-after-thanksgiving"]).toBe("2030-11-29");
  });

  it.each([
    [2028, "veterans-day", "2028-11-10"], // Saturday Nov 11 → Friday
    [2029, "veterans-day", "2029-11-12"], // Sunday → Monday
    [2026, "independence-day", "2026-07-04"], // Saturday, not moved
    [2033, "christmas-day", "2033-12-26"], // Sunday → Monday
    [2028, "new-years-day", "2028-01-01"], // Saturday, not moved
    [2034, "new-years-day", "2034-01-02"], // Sunday → Monday
    [2030, "lunar-new-year", "2030-02-03"], // Sunday: not a fixed date, not moved (verify)
    // §6701 moves only its seven fixed dates from a Sunday: not the newer ones.
    [2033, "genocide-remembrance-day", "2033-04-24"], // Sunday: stays on Sunday
    [2033, "juneteenth", "2033-06-19"], // Sunday: stays on Sunday
    [2026, "diwali", "2026-11-08"], // Sunday: a listed date, not moved
    // …but its seven do: Lincoln Day, Admission Day and César Chávez Day on a Sunday move to Monday.
    [2034, "lincoln-day", "2034-02-13"],
    [2029, "admission-day", "2029-09-10"],
    [2030, "cesar-chavez-day", "2030-04-01"],
  ])("%i: %s observed on %s", (year, id, date) => {
    expect(observedIn(year)[id]).toBe(date);
  });

  it.each([
    ["2026-12-25", false],
    ["2026-12-24", true],
    ["2027-07-05", false],
    ["2027-07-02", true],
    ["2026-11-27", false], // day after Thanksgiving: state offices close (CalHR), skipped in both tiers
    ["2027-12-24", true], // Christmas on Saturday is not moved to Friday
    ["2028-11-10", false],
    ["2026-12-19", false], // Saturday
    ["2026-12-20", false], // Sunday
  ])("isBusinessDay(%s) is %s", (date, expected) => {
    expect(isBusinessDay(date)).toBe(expected);
  });

  it.each([
    ["2027-10-29", "latest", false], // Diwali (Friday): a §6700 day
    ["2027-10-29", "likely", true], // but state offices stay open
    ["2027-02-12", "latest", false], // Lincoln Day
    ["2027-02-12", "likely", true],
    ["2027-11-26", "likely", false], // day after Thanksgiving: closed in both
    ["2027-11-26", "latest", false],
  ] as const)("isBusinessDay(%s) in the %s tier is %s", (date, tier, expected) => {
    expect(isBusinessDay(date, tier)).toBe(expected);
  });

  it("has Lunar New Year and Diwali dates through 2036 at least, each with its caution", () => {
    expect(coveredYears().to).toBeGreaterThanOrEqual(2036);
    for (const id of ["lunar-new-year", "diwali"]) {
      expect(holidaysInYear(2027).find((holiday) => holiday.id === id)?.note).toMatch(/verify/i);
    }
  });

  it("lists Diwali only from 2026, when AB 268 added it", () => {
    expect(observedIn(2025).diwali).toBeUndefined();
    expect(isYearCovered(2025)).toBe(true); // not yet a holiday: nothing is missing
  });

  it("flags a year beyond a lunar table instead of counting it without that holiday", () => {
    expect(isYearCovered(2036)).toBe(true);
    expect(isYearCovered(2037)).toBe(false);
    expect(isYearCovered(2024)).toBe(false); // before our Lunar New Year list
    // A shorter list for one holiday narrows the covered span: nothing is silently dropped.
    const shortDiwali = {
      ...californiaHolidayCalendar,
      holidays: californiaHolidayCalendar.holidays.map((holiday) =>
        holiday.id === "diwali" && holiday.rule.kind === "listed" ? { ...holiday, rule: { ...holiday.rule, dates: holiday.rule.dates.slice(0, 3) } } : holiday,
      ),
    };
    expect(coveredYears(shortDiwali)).toEqual({ from: 2025, to: 2028 });
    expect(isYearCovered(2029, shortDiwali)).toBe(false);
  });

  it("cites its sources and keeps the observed-day rule as data", () => {
    expect(californiaHolidayCalendar.sourceIds).toEqual(["gov-6700", "gov-6701", "gov-19853"]);
    expect(californiaHolidayCalendar.observedDayRule.saturdayToFriday).toEqual(["veterans-day"]);
    const movedFromSunday = californiaHolidayCalendar.holidays.filter((holiday) => holiday.sundayToMonday).map((holiday) => holiday.id);
    expect(movedFromSunday).toEqual(["new-years-day", "lincoln-day", "cesar-chavez-day", "independence-day", "admission-day", "veterans-day", "christmas-day"]);
  });
});

describe("oracle: date-holidays (US-CA) agrees on the holidays both lists share", () => {
  // date-holidays lacks Lincoln Day, Admission Day, Native American Day, the October
  // Monday, Genocide Remembrance Day, Lunar New Year and Diwali, and adds federal
  // Saturday substitutes; it moves Juneteenth from a Sunday (federal rule), which
  // §6701 does not: those differ on purpose (Juneteenth is checked on its own below).
  const shared: Record<string, string> = {
    "New Year's Day": "new-years-day",
    "Martin Luther King Jr. Day": "martin-luther-king-jr-day",
    "Presidents' Day": "presidents-day",
    "César Chávez Day": "cesar-chavez-day",
    "Memorial Day": "memorial-day",
    "Independence Day": "independence-day",
    "Labor Day": "labor-day",
    "Veterans Day": "veterans-day",
    "Thanksgiving Day": "thanksgiving-day",
    "Christmas Day": "christmas-day",
  };
  const oracle = new Holidays("US", "CA");
  const years = Array.from({ length: 12 }, (_, index) => 2025 + index);

  it.each(years)("%i: same dates, and Sunday holidays observed on the same Monday", (year) => {
    const ours = holidaysInYear(year);
    let compared = 0;
    for (const holiday of oracle.getHolidays(year)) {
      if (holiday.type !== "public") continue;
      const name = holiday.name.replace(" (substitute day)", "");
      const id = shared[name];
      if (!id) continue;
      const mine = ours.find((candidate) => candidate.id === id);
      const date = holiday.date.slice(0, 10);
      compared += 1;
      if (!holiday.substitute) expect(mine?.date, `${name} ${year}`).toBe(date);
      else if (isWeekend(mine?.date ?? "") && mine?.date && addCalendarDays(mine.date, 1) === date) expect(mine.observed).toBe(date);
    }
    expect(compared).toBeGreaterThanOrEqual(Object.keys(shared).length);
  });

  it.each(years)("%i: Lunar New Year matches the first day of the lunar year (SG calendar)", (year) => {
    const first = new Holidays("SG").getHolidays(year).find((holiday) => holiday.name === "Chinese New Year");
    expect(observedIn(year)["lunar-new-year"]).toBe(first?.date.slice(0, 10));
  });
});

describe("Juneteenth against the oracle", () => {
  it.each(Array.from({ length: 12 }, (_, index) => 2025 + index))("%i: same date (never moved from a Sunday)", (year) => {
    const juneteenth = new Holidays("US", "CA").getHolidays(year).find((holiday) => holiday.name === "Juneteenth" && !holiday.substitute);
    expect(holidaysInYear(year).find((holiday) => holiday.id === "juneteenth")).toMatchObject({ date: juneteenth?.date.slice(0, 10), observed: juneteenth?.date.slice(0, 10) });
  });
});

describe("addBusinessDays", () => {
  it.each([
    // start, count, likely (state offices), latest (every §6700 day)
    ["2026-12-18", 5, "2026-12-28", "2026-12-28"], // Friday; Christmas skipped in both
    ["2027-02-10", 5, "2027-02-18", "2027-02-19"], // Lincoln Day only in the latest
    ["2027-10-27", 5, "2027-11-03", "2027-11-04"], // Diwali (Friday Oct 29) only in the latest
    ["2026-11-04", 5, "2026-11-12", "2026-11-12"], // Diwali 2026 is a Sunday: no difference; Veterans Day in both
    ["2027-09-07", 5, "2027-09-14", "2027-09-15"], // Admission Day only in the latest
    ["2027-09-22", 5, "2027-09-29", "2027-09-30"], // Native American Day only in the latest
    ["2028-01-24", 5, "2028-01-31", "2028-02-01"], // Lunar New Year (Wed Jan 26) only in the latest
    ["2026-11-24", 5, "2026-12-03", "2026-12-03"], // Thanksgiving and the day after, in both
  ] as const)("%s + %i business days: likely %s, latest %s", (start, count, likely, latest) => {
    expect(addBusinessDays(start, count, "likely")).toBe(likely);
    expect(addBusinessDays(start, count, "latest")).toBe(latest);
  });

  it("names the holidays each tier skips", () => {
    expect(holidaysBetween("2027-02-10", "2027-02-19", "latest").map((holiday) => holiday.id)).toEqual(["lincoln-day", "presidents-day"]);
    expect(holidaysBetween("2027-02-10", "2027-02-19", "likely").map((holiday) => holiday.id)).toEqual(["presidents-day"]);
  });

  it.each([
    ["2026-12-18", 5, "2026-12-28"], // Friday; Christmas skipped
    ["2027-07-01", 5, "2027-07-09"], // Sunday July 4 observed on Monday July 5
    ["2026-12-19", 5, "2026-12-28"], // received on a Saturday
    ["2026-12-25", 5, "2027-01-04"], // received on a holiday; New Year's Day skipped; year end
    ["2028-02-24", 5, "2028-03-02"], // leap-year month end
    ["2027-02-10", 5, "2027-02-19"], // Lincoln Day and Presidents' Day skipped
    ["2026-11-25", 5, "2026-12-04"], // Thanksgiving and the day after skipped
    ["2028-11-09", 5, "2028-11-17"], // Veterans Day (Saturday) observed Friday
    ["2027-09-03", 5, "2027-09-14"], // Labor Day and Admission Day skipped
    ["2026-02-13", 5, "2026-02-24"], // Presidents' Day and Lunar New Year skipped
    ["2027-12-30", 5, "2028-01-06"], // New Year's Day 2028 is a Saturday: not moved
    ["2026-12-28", 2, "2026-12-30"], // denial notice: 2 business days
    ["2026-12-18", 15, "2027-01-12"], // appointment: 15 business days
    ["2027-03-05", 0, "2027-03-05"],
  ])("%s + %i business days = %s", (start, count, expected) => {
    expect(addBusinessDays(start, count)).toBe(expected);
  });

  it("always lands on a business day after the start, with exactly n business days counted", () => {
    const date = fc.date({ min: new Date("2025-01-01T12:00:00Z"), max: new Date("2036-06-30T12:00:00Z"), noInvalidDate: true });
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 20 }), (instant, count) => {
        const start = instant.toISOString().slice(0, 10);
        const end = addBusinessDays(start, count);
        expect(isBusinessDay(end)).toBe(true);
        let counted = 0;
        for (let day = addCalendarDays(start, 1); day <= end; day = addCalendarDays(day, 1)) if (isBusinessDay(day)) counted += 1;
        expect(counted).toBe(count);
      }),
      { numRuns: 300 },
    );
  });
});
