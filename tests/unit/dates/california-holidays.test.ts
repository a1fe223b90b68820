import Holidays from "date-holidays";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { californiaHolidayCalendar } from "@/content/legal/holidays";
import { addCalendarDays, isWeekend } from "@/lib/dates/calendar-date";
import { addBusinessDays, coveredYears, holidaysInYear, isBusinessDay } from "@/lib/dates/california-holidays";

const observedIn = (year: number) => Object.fromEntries(holidaysInYear(year).map((holiday) => [holiday.id, holiday.observed]));

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
      "veterans-day": "2027-11-11",
      "thanksgiving-day": "2027-11-25",
      "christmas-day": "2027-12-25", // Saturday: §6701 moves only Nov 11 to Friday
    });
  });

  it.each([
    [2028, "veterans-day", "2028-11-10"], // Saturday Nov 11 → Friday
    [2029, "veterans-day", "2029-11-12"], // Sunday → Monday
    [2026, "independence-day", "2026-07-04"], // Saturday, not moved
    [2033, "christmas-day", "2033-12-26"], // Sunday → Monday
    [2028, "new-years-day", "2028-01-01"], // Saturday, not moved
    [2034, "new-years-day", "2034-01-02"], // Sunday → Monday
    [2030, "lunar-new-year", "2030-02-03"], // Sunday: not a fixed date, not moved (verify)
  ])("%i: %s observed on %s", (year, id, date) => {
    expect(observedIn(year)[id]).toBe(date);
  });

  it.each([
    ["2026-12-25", false],
    ["2026-12-24", true],
    ["2027-07-05", false],
    ["2027-07-02", true],
    ["2026-11-27", true], // day after Thanksgiving: not a §6700 holiday (CalHR only), counted
    ["2027-12-24", true], // Christmas on Saturday is not moved to Friday
    ["2028-11-10", false],
    ["2026-12-19", false], // Saturday
    ["2026-12-20", false], // Sunday
  ])("isBusinessDay(%s) is %s", (date, expected) => {
    expect(isBusinessDay(date)).toBe(expected);
  });

  it("has Lunar New Year dates through 2036 at least, with its caution", () => {
    expect(coveredYears().to).toBeGreaterThanOrEqual(2036);
    expect(holidaysInYear(2027).find((holiday) => holiday.id === "lunar-new-year")?.note).toMatch(/verify/i);
  });

  it("cites its sources and keeps the observed-day rule as data", () => {
    expect(californiaHolidayCalendar.sourceIds).toEqual(["gov-6700", "gov-6701"]);
    expect(californiaHolidayCalendar.observedDayRule.saturdayToFriday).toEqual(["veterans-day"]);
  });
});

describe("oracle: date-holidays (US-CA) agrees on the holidays both lists share", () => {
  // date-holidays lacks Lincoln Day, Admission Day, Native American Day, the October
  // Monday, Genocide Remembrance Day and Lunar New Year, and adds federal Saturday
  // substitutes and the day after Thanksgiving: those differ on purpose.
  const shared: Record<string, string> = {
    "New Year's Day": "new-years-day",
    "Martin Luther King Jr. Day": "martin-luther-king-jr-day",
    "Presidents' Day": "presidents-day",
    "César Chávez Day": "cesar-chavez-day",
    "Memorial Day": "memorial-day",
    Juneteenth: "juneteenth",
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

describe("addBusinessDays", () => {
  it.each([
    ["2026-12-18", 5, "2026-12-28"], // Friday; Christmas skipped
    ["2027-07-01", 5, "2027-07-09"], // Sunday July 4 observed on Monday July 5
    ["2026-12-19", 5, "2026-12-28"], // received on a Saturday
    ["2026-12-25", 5, "2027-01-04"], // received on a holiday; New Year's Day skipped; year end
    ["2028-02-24", 5, "2028-03-02"], // leap-year month end
    ["2027-02-10", 5, "2027-02-19"], // Lincoln Day and Presidents' Day skipped
    ["2026-11-25", 5, "2026-12-03"], // Thanksgiving skipped; the day after counts
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
