import type { HolidayCalendar, HolidayRule } from "./schemas";

// California's holidays as data, so they can be corrected without code changes.
// Two tiers (facts sheet, section 3, "Which days are really closed"):
//   latest: every Gov. Code §6700 day plus the day after Thanksgiving. A plan
//           that counts all of them answers last: it is not late before this.
//   likely: only the days state offices close (CalHR's paid holidays, Gov.
//           Code §19853). Most plans keep a calendar like this: the date to act on.
// Observed days (§6701): only the seven fixed dates marked `sundayToMonday`
// move from a Sunday to the Monday; Veterans Day on a Saturday moves to the
// Friday before. No statute defines "business day" for these clocks, so every
// date counted with either tier is shown "on or about".

export type { HolidayCalendar, HolidayRule };

const MON = 1;
const THU = 4;
const FRI = 5;

const recentlyAdded = "Recently added to the list; verify whether your plan observes it.";

export const californiaHolidayCalendar: HolidayCalendar = {
  name: "California state holidays",
  sourceIds: ["gov-6700", "gov-6701", "gov-19853"],
  holidays: [
    { id: "new-years-day", name: "New Year’s Day", rule: { kind: "fixed", month: 1, day: 1 }, sundayToMonday: true, stateOfficesClose: true },
    {
      id: "martin-luther-king-jr-day",
      name: "Martin Luther King Jr. Day",
      rule: { kind: "nth-weekday", month: 1, weekday: MON, n: 3 },
      stateOfficesClose: true,
    },
    {
      id: "lunar-new-year",
      name: "Lunar New Year",
      // The first day of the lunar year; the years listed are the years we can count.
      rule: {
        kind: "listed",
        dates: [
          "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03",
          "2031-01-23", "2032-02-11", "2033-01-31", "2034-02-19", "2035-02-08", "2036-01-28",
        ],
      },
      note: recentlyAdded,
    },
    { id: "lincoln-day", name: "Lincoln Day", rule: { kind: "fixed", month: 2, day: 12 }, sundayToMonday: true },
    { id: "presidents-day", name: "Presidents’ Day", rule: { kind: "nth-weekday", month: 2, weekday: MON, n: 3 }, stateOfficesClose: true },
    { id: "cesar-chavez-day", name: "César Chávez Day", rule: { kind: "fixed", month: 3, day: 31 }, sundayToMonday: true, stateOfficesClose: true },
    { id: "genocide-remembrance-day", name: "Genocide Remembrance Day", rule: { kind: "fixed", month: 4, day: 24 }, note: recentlyAdded },
    { id: "memorial-day", name: "Memorial Day", rule: { kind: "last-weekday", month: 5, weekday: MON }, stateOfficesClose: true },
    { id: "juneteenth", name: "Juneteenth", rule: { kind: "fixed", month: 6, day: 19 }, note: recentlyAdded },
    { id: "independence-day", name: "Independence Day", rule: { kind: "fixed", month: 7, day: 4 }, sundayToMonday: true, stateOfficesClose: true },
    { id: "labor-day", name: "Labor Day", rule: { kind: "nth-weekday", month: 9, weekday: MON, n: 1 }, stateOfficesClose: true },
    { id: "admission-day", name: "Admission Day", rule: { kind: "fixed", month: 9, day: 9 }, sundayToMonday: true },
    { id: "native-american-day", name: "Native American Day", rule: { kind: "nth-weekday", month: 9, weekday: FRI, n: 4 } },
    { id: "second-monday-october", name: "Second Monday in October", rule: { kind: "nth-weekday", month: 10, weekday: MON, n: 2 } },
    {
      id: "diwali",
      name: "Diwali",
      // AB 268 (Stats. 2025, ch. 358) added it from 2026: "the 15th day of Kartik".
      // Dates as commonly published for the United States; India's can differ by a day.
      rule: {
        kind: "listed",
        since: 2026,
        dates: [
          "2026-11-08", "2027-10-29", "2028-10-17", "2029-11-05", "2030-10-26", "2031-11-14",
          "2032-11-02", "2033-10-22", "2034-11-10", "2035-10-30", "2036-10-19",
        ],
      },
      note: recentlyAdded,
    },
    { id: "veterans-day", name: "Veterans Day", rule: { kind: "fixed", month: 11, day: 11 }, sundayToMonday: true, stateOfficesClose: true },
    {
      id: "thanksgiving-day",
      name: "Thanksgiving Day",
      rule: { kind: "nth-weekday", month: 11, weekday: THU, n: 4 },
      note: "Set each year by proclamation.",
      stateOfficesClose: true,
    },
    {
      id: "day-after-thanksgiving",
      name: "Day after Thanksgiving",
      rule: { kind: "nth-weekday", month: 11, weekday: THU, n: 4, daysAfter: 1 },
      note: "Not in Gov. Code §6700, but state offices close (CalHR).",
      stateOfficesClose: true,
    },
    { id: "christmas-day", name: "Christmas Day", rule: { kind: "fixed", month: 12, day: 25 }, sundayToMonday: true, stateOfficesClose: true },
  ],
  observedDayRule: {
    saturdayToFriday: ["veterans-day"],
    text: "Seven holidays on a fixed date (January 1, February 12, March 31, July 4, September 9, November 11 and December 25) move to the Monday when they fall on a Sunday. Veterans Day (November 11) on a Saturday moves to the Friday before.",
    sourceId: "gov-6701",
  },
  tiers: {
    likely: "Counting the days state offices close. Most plans keep a calendar like this.",
    latest: "At the latest, if your plan counts every state holiday.",
  },
  caveat:
    "No law defines “business day” for these deadlines, and plans may use their own calendars. Dates counted in business days are “on or about”: write down the date your plan gives you.",
};
