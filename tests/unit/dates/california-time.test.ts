import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { addClockHours, californiaDateTime, californiaInstant } from "@/lib/dates/california-time";
import { todayInCalifornia } from "@/lib/dates/california-today";

describe("addClockHours: 72 clock hours in California time", () => {
  it.each([
    // Friday 3 pm → Monday 3 pm (facts sheet example)
    ["2027-03-05", "15:00", 72, "2027-03-08", "15:00"],
    // Spring forward (Sunday March 14, 2027): 72 elapsed hours end an hour later on the clock
    ["2027-03-12", "15:00", 72, "2027-03-15", "16:00"],
    // Fall back (Sunday November 7, 2027): an hour earlier on the clock
    ["2027-11-05", "15:00", 72, "2027-11-08", "14:00"],
    // Midnight and year end
    ["2026-12-31", "23:30", 72, "2027-01-03", "23:30"],
    ["2027-01-01", "00:00", 72, "2027-01-04", "00:00"],
    ["2028-02-27", "10:00", 72, "2028-03-01", "10:00"], // leap year
    // Urgent appointment window: 96 hours
    ["2027-03-05", "15:00", 96, "2027-03-09", "15:00"],
  ])("%s %s + %i h = %s %s", (date, time, hours, expectedDate, expectedTime) => {
    expect(addClockHours(date, time, hours)).toEqual({ date: expectedDate, time: expectedTime });
  });

  it("reads a time the spring change skips (2:30 am) as the hour after", () => {
    expect(californiaDateTime(californiaInstant("2027-03-14", "02:30"))).toEqual({ date: "2027-03-14", time: "03:30" });
  });

  it("reads a repeated fall-back time as its first occurrence (daylight time)", () => {
    expect(californiaInstant("2027-11-07", "01:30").toISOString()).toBe("2027-11-07T08:30:00.000Z");
  });

  it.each([
    ["2027-01-15", "12:00", "2027-01-15T20:00:00.000Z"],
    ["2027-07-15", "12:00", "2027-07-15T19:00:00.000Z"],
    ["2026-12-31", "23:59", "2027-01-01T07:59:00.000Z"],
  ])("californiaInstant(%s %s) = %s", (date, time, iso) => {
    expect(californiaInstant(date, time).toISOString()).toBe(iso);
  });
});

describe("todayInCalifornia", () => {
  it.each([
    ["2026-12-19T07:59:00Z", "2026-12-18"], // 11:59 pm Friday in California, already Saturday in UTC and Tokyo
    ["2026-12-19T08:00:00Z", "2026-12-19"],
    ["2027-03-14T09:59:00Z", "2027-03-14"],
    ["2027-01-01T07:00:00Z", "2026-12-31"],
    // The hour in which daylight and standard time give different dates: the time-zone data decides.
    ["2026-12-19T07:30:00Z", "2026-12-18"], // 11:30 pm standard time
    ["2027-07-01T06:59:00Z", "2027-06-30"], // 11:59 pm daylight time
    ["2027-07-01T07:00:00Z", "2027-07-01"], // midnight daylight time
    ["2027-07-01T07:30:00Z", "2027-07-01"],
    ["2027-03-14T07:30:00Z", "2027-03-13"], // 11:30 pm the night the clocks go forward
    ["2027-03-15T07:30:00Z", "2027-03-15"], // 12:30 am, the first night of daylight time
    ["2027-11-07T07:30:00Z", "2027-11-07"], // 12:30 am daylight time, the night the clocks go back
    ["2027-11-08T07:30:00Z", "2027-11-07"], // 11:30 pm, the first night of standard time
  ])("at %s it is %s in California", (instant, date) => {
    expect(todayInCalifornia(new Date(instant))).toBe(date);
  });

  it("agrees with the time-zone data at any moment from 2000 to 2100", () => {
    const californiaDate = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles", year: "numeric", month: "2-digit", day: "2-digit" });
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }), (now) => {
        expect(todayInCalifornia(now)).toBe(californiaDate.format(now));
      }),
      { numRuns: 2000 },
    );
  });

  it("needs no date formatter outside that hour, so checking answers while a page starts stays quick", async () => {
    vi.resetModules(); // a fresh module, with no formatter made by the cases above
    const fresh = await import("@/lib/dates/california-today");
    const makeFormatter = vi.spyOn(Intl, "DateTimeFormat");
    try {
      expect(fresh.todayInCalifornia(new Date("2027-02-10T20:00:00Z"))).toBe("2027-02-10");
      expect(fresh.todayInCalifornia(new Date("2027-07-01T03:00:00Z"))).toBe("2027-06-30");
      expect(makeFormatter).not.toHaveBeenCalled();
    } finally {
      makeFormatter.mockRestore();
    }
  });
});
