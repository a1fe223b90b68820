import { describe, expect, it } from "vitest";
import { datePartsFromIso, isDatePartsEmpty, isoFromDateParts, type DateParts } from "@/lib/dates/date-parts";

const parts = (month: string, day: string, year: string): DateParts => ({ month, day, year });

describe("isoFromDateParts: the date the member typed, as yyyy-mm-dd", () => {
  it.each([
    // typed as month, day, year          → stored
    [parts("3", "27", "1980"), "1980-03-27"],
    [parts("03", "07", "1980"), "1980-03-07"],
    [parts(" 12 ", " 18 ", " 2026 "), "2026-12-18"],
    [parts("1", "1", "1900"), "1900-01-01"],
    [parts("12", "31", "2026"), "2026-12-31"],
    // month ends
    [parts("1", "31", "2027"), "2027-01-31"],
    [parts("4", "30", "2027"), "2027-04-30"],
    [parts("6", "30", "2027"), "2027-06-30"],
    [parts("9", "30", "2027"), "2027-09-30"],
    [parts("11", "30", "2027"), "2027-11-30"],
    [parts("7", "31", "2027"), "2027-07-31"],
    [parts("8", "31", "2027"), "2027-08-31"],
    // leap years: every 4, not every 100, but every 400
    [parts("2", "29", "2024"), "2024-02-29"],
    [parts("2", "29", "2028"), "2028-02-29"],
    [parts("2", "29", "2000"), "2000-02-29"],
    [parts("2", "29", "1980"), "1980-02-29"],
    [parts("2", "28", "2027"), "2027-02-28"],
    [parts("2", "28", "1900"), "1900-02-28"],
  ])("%o is %s", (typed, iso) => {
    expect(isoFromDateParts(typed)).toBe(iso);
  });

  it.each([
    ["February 29 in a common year", parts("2", "29", "2027")],
    ["February 29, 1900 (not a leap year)", parts("2", "29", "1900")],
    ["February 29, 2100 (not a leap year)", parts("2", "29", "2100")],
    ["February 30", parts("2", "30", "2027")],
    ["April 31", parts("4", "31", "2027")],
    ["June 31", parts("6", "31", "2027")],
    ["September 31", parts("9", "31", "2027")],
    ["November 31", parts("11", "31", "2027")],
    ["January 32", parts("1", "32", "2027")],
    ["month 13", parts("13", "1", "2027")],
    ["month 0", parts("0", "10", "2027")],
    ["day 0", parts("5", "0", "2027")],
    ["a 2-digit year", parts("3", "27", "80")],
    ["a 5-digit year", parts("3", "27", "19800")],
    ["a 3-digit month", parts("003", "27", "1980")],
    ["words", parts("March", "27", "1980")],
    ["a negative day", parts("3", "-1", "1980")],
    ["a decimal day", parts("3", "2.5", "1980")],
    ["Arabic-Indic digits", parts("٣", "٢٧", "١٩٨٠")],
    ["an empty month", parts("", "27", "1980")],
    ["an empty day", parts("3", "", "1980")],
    ["an empty year", parts("3", "27", "")],
    ["all empty", parts("", "", "")],
  ])("%s is not a date", (_name, typed) => {
    expect(isoFromDateParts(typed)).toBeUndefined();
  });

  it("is undefined when no date was given", () => {
    expect(isoFromDateParts(undefined)).toBeUndefined();
  });
});

describe("datePartsFromIso: a stored date back in the form's three fields", () => {
  it.each([
    ["1980-03-27", parts("3", "27", "1980")],
    ["2026-12-18", parts("12", "18", "2026")],
    ["2024-02-29", parts("2", "29", "2024")],
    ["2027-01-01", parts("1", "1", "2027")],
    ["2027-12-31", parts("12", "31", "2027")],
  ])("%s shows as %o, without leading zeros", (iso, shown) => {
    expect(datePartsFromIso(iso)).toEqual(shown);
  });

  it.each(["1980-03-27", "2024-02-29", "2000-02-29", "2027-04-30", "2027-12-31", "1900-01-01"])(
    "%s survives a round trip through the form",
    (iso) => {
      expect(isoFromDateParts(datePartsFromIso(iso))).toBe(iso);
    },
  );
});

describe("isDatePartsEmpty", () => {
  it.each([
    [undefined, true],
    [parts("", "", ""), true],
    [parts(" ", "  ", "\t"), true],
    [parts("3", "", ""), false],
    [parts("", "", "1980"), false],
    [parts("3", "27", "1980"), false],
  ])("%o → %s", (typed, empty) => {
    expect(isDatePartsEmpty(typed)).toBe(empty);
  });
});
