import { describe, expect, it } from "vitest";
import * as english from "@/lib/dates/format";
import { formatDateTime, formatLongDate, formatMediumDate, formatTime } from "@/lib/dates/format-es";

describe("dates and times in Spanish", () => {
  it.each([
    ["2027-03-08", "lunes, 8 de marzo de 2027"],
    ["2026-12-28", "lunes, 28 de diciembre de 2026"],
    ["2027-01-01", "viernes, 1 de enero de 2027"],
    ["2028-02-29", "martes, 29 de febrero de 2028"],
    ["not a date", "not a date"],
  ])("formatLongDate(%s) = %s", (iso, text) => {
    expect(formatLongDate(iso)).toBe(text);
  });

  it.each([
    ["15:00", "3:00 p. m."],
    ["09:05", "9:05 a. m."],
    ["00:00", "12:00 a. m. (medianoche)"],
    ["12:00", "12:00 p. m. (mediodía)"],
    ["12:30", "12:30 p. m."],
    ["00:15", "12:15 a. m."],
  ])("formatTime(%s) = %s", (time, text) => {
    expect(formatTime(time)).toBe(text);
  });

  it("gives the medium date and the date with its time, in California time", () => {
    expect(formatMediumDate("2027-03-08")).toBe("8 de marzo de 2027");
    expect(formatDateTime("2027-03-08", "15:00")).toBe("lunes, 8 de marzo de 2027, 3:00 p. m. (hora de California)");
    expect(formatDateTime("2027-03-08")).toBe("lunes, 8 de marzo de 2027");
  });

  it("has the same functions as the English formatter, so either can be used where a date is written", () => {
    const spanish = { formatDateTime, formatLongDate, formatMediumDate, formatTime };
    for (const name of Object.keys(spanish)) expect(english).toHaveProperty(name);
  });
});
