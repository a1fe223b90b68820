import type { HolidayCalendar, HolidayRule } from "./schemas";

// California state holidays (Gov. Code §6700) and the observed-day rule
// (Gov. Code §6701), as data so they can be corrected without code changes.
// Business days skip weekends and these holidays. No statute defines "business
// day" for these clocks and plans may keep their own calendars, so every date
// counted with this calendar is shown "on or about".

export type { HolidayCalendar, HolidayRule };

const MON = 1;
const THU = 4;
const FRI = 5;

export const californiaHolidayCalendar: HolidayCalendar = {
  name: "California state holidays",
  sourceIds: ["gov-6700", "gov-6701"],
  holidays: [
    { id: "new-years-day", name: "New Year’s Day", rule: { kind: "fixed", month: 1, day: 1 } },
    { id: "martin-luther-king-jr-day", name: "Martin Luther King Jr. Day", rule: { kind: "nth-weekday", month: 1, weekday: MON, n: 3 } },
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
      note: "Recently added to the list; verify whether your plan observes it.",
    },
    { id: "lincoln-day", name: "Lincoln Day", rule: { kind: "fixed", month: 2, day: 12 } },
    { id: "presidents-day", name: "Presidents’ Day", rule: { kind: "nth-weekday", month: 2, weekday: MON, n: 3 } },
    { id: "cesar-chavez-day", name: "César Chávez Day", rule: { kind: "fixed", month: 3, day: 31 } },
    {
      id: "genocide-remembrance-day",
      name: "Genocide Remembrance Day",
      rule: { kind: "fixed", month: 4, day: 24 },
      note: "Recently added to the list; verify whether your plan observes it.",
    },
    { id: "memorial-day", name: "Memorial Day", rule: { kind: "last-weekday", month: 5, weekday: MON } },
    {
      id: "juneteenth",
      name: "Juneteenth",
      rule: { kind: "fixed", month: 6, day: 19 },
      note: "Recently added to the list; verify whether your plan observes it.",
    },
    { id: "independence-day", name: "Independence Day", rule: { kind: "fixed", month: 7, day: 4 } },
    { id: "labor-day", name: "Labor Day", rule: { kind: "nth-weekday", month: 9, weekday: MON, n: 1 } },
    { id: "admission-day", name: "Admission Day", rule: { kind: "fixed", month: 9, day: 9 } },
    { id: "native-american-day", name: "Native American Day", rule: { kind: "nth-weekday", month: 9, weekday: FRI, n: 4 } },
    { id: "second-monday-october", name: "Second Monday in October", rule: { kind: "nth-weekday", month: 10, weekday: MON, n: 2 } },
    { id: "veterans-day", name: "Veterans Day", rule: { kind: "fixed", month: 11, day: 11 } },
    {
      id: "thanksgiving-day",
      name: "Thanksgiving Day",
      rule: { kind: "nth-weekday", month: 11, weekday: THU, n: 4 },
      note: "Set each year by proclamation.",
    },
    { id: "christmas-day", name: "Christmas Day", rule: { kind: "fixed", month: 12, day: 25 } },
  ],
  observedDayRule: {
    sundayToMonday: "fixed-date-holidays",
    saturdayToFriday: ["veterans-day"],
    text: "A holiday on a fixed date that falls on a Sunday is observed on the Monday after. Veterans Day (November 11) on a Saturday is observed on the Friday before.",
    sourceId: "gov-6701",
  },
  notSkipped: [
    {
      name: "Day after Thanksgiving",
      note: "State offices generally close that day too (CalHR’s paid-holiday list), but it is not in Gov. Code §6700, so we count it as a business day. Verify with your plan.",
    },
  ],
  caveat:
    "No law defines “business day” for these deadlines, and plans may use their own calendars. Dates counted in business days are “on or about”: write down the date your plan gives you.",
};
