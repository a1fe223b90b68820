import { describe, expect, it } from "vitest";
import { addCalendarDays, addCalendarMonths, dayOfWeek, daysBetween, isIsoDate } from "@/lib/dates/calendar-date";
import { formatDateTime, formatLongDate, formatTime } from "@/lib/dates/format";

// These run under TZ=UTC, America/Los_Angeles and Asia/Tokyo (npm run test:timezones).

describe("addCalendarDays", () => {
  it.each([
    ["2027-02-01", 30, "2027-03-03"], // grievance answer: February has 28 days
    ["2028-02-01", 30, "2028-03-02"], // leap year
    ["2028-02-28", 1, "2028-02-29"],
    ["2027-02-28", 1, "2027-03-01"],
    ["2026-12-31", 1, "2027-01-01"], // year end
    ["2027-01-31", 1, "2027-02-01"], // month end
    ["2027-03-13", 1, "2027-03-14"], // into the spring daylight-saving change
    ["2027-03-14", 1, "2027-03-15"],
    ["2027-11-06", 1, "2027-11-07"], // into the fall change
    ["2027-11-07", 1, "2027-11-08"],
    ["2027-03-05", 3, "2027-03-08"],
    ["2027-01-01", -1, "2026-12-31"],
  ])("%s + %i days = %s", (start, days, expected) => {
    expect(addCalendarDays(start, days)).toBe(expected);
  });
});

describe("addCalendarMonths (IMR: 6 months after the written decision)", () => {
  it.each([
    ["2027-01-15", 6, "2027-07-15"],
    ["2027-08-31", 6, "2028-02-29"], // no Feb 31: last day, leap year
    ["2026-08-31", 6, "2027-02-28"],
    ["2026-12-31", 6, "2027-06-30"],
    ["2027-07-01", 6, "2028-01-01"], // across the year end
  ])("%s + %i months = %s", (start, months, expected) => {
    expect(addCalendarMonths(start, months)).toBe(expected);
  });
});

describe("calendar dates", () => {
  it.each([
    ["2026-12-18", 5],
    ["2026-12-28", 1],
    ["2027-07-04", 0],
    ["2028-02-29", 2],
    ["2027-03-14", 0],
  ])("%s is weekday %i (0 = Sunday)", (iso, weekday) => {
    expect(dayOfWeek(iso)).toBe(weekday);
  });

  it.each([
    ["2027-02-29", false],
    ["2028-02-29", true],
    ["2027-13-01", false],
    ["2027-1-01", false],
    ["2027-04-31", false],
  ])("isIsoDate(%s) is %s", (iso, valid) => {
    expect(isIsoDate(iso)).toBe(valid);
  });

  it("counts days between dates across a daylight-saving change", () => {
    expect(daysBetween("2027-03-10", "2027-03-20")).toBe(10);
    expect(daysBetween("2027-11-01", "2027-11-10")).toBe(9);
  });
});

describe("formatting", () => {
  it.each([
    ["2026-12-28", "Monday, December 28, 2026"],
    ["2027-07-09", "Friday, July 9, 2027"],
    ["2028-02-29", "Tuesday, February 29, 2028"],
    ["2027-01-01", "Friday, January 1, 2027"],
    ["2026-12-31", "Thursday, December 31, 2026"],
  ])("formatLongDate(%s) = %s", (iso, text) => {
    expect(formatLongDate(iso)).toBe(text);
  });

  it.each([
    ["15:00", "3:00 pm"],
    ["09:05", "9:05 am"],
    ["00:00", "12:00 midnight"],
    ["12:00", "12:00 noon"],
    ["12:30", "12:30 pm"],
    ["00:30", "12:30 am"],
  ])("formatTime(%s) = %s", (time, text) => {
    expect(formatTime(time)).toBe(text);
  });

  it("adds the time zone to a date and time", () => {
    expect(formatDateTime("2027-03-08", "15:00")).toBe("Monday, March 8, 2027, 3:00 pm (California time)");
    expect(formatDateTime("2027-03-08")).toBe("Monday, March 8, 2027");
  });
});
