import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { reminderToIcs } from "@/lib/calendar/ics";
import { remindersFrom, type Reminder } from "@/lib/calendar/reminders";
import { english } from "@/lib/next-steps/language-en";
import { deriveRules } from "@/lib/rules";
import { californiaWinter, requestFor, type Entry } from "../next-steps/request";

const calendarReminders = remindersFrom(english.reminders);

// Run in three zones by `npm run test:timezones` (TZ=UTC, America/Los_Angeles,
// Asia/Tokyo): every date below must come out the same in each.

function reminders(entry: Entry, now: Date): Reminder[] {
  const request = requestFor(entry);
  return calendarReminders(request, deriveRules(request, now), now);
}

/** Parses with ical.js (an independent parser) and returns the one VEVENT. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  return new ICAL.Event(events[0]);
}

const byId = (list: Reminder[], id: Reminder["id"]) => {
  const found = list.find((reminder) => reminder.id === id);
  if (!found) throw new Error(`No ${id} reminder in ${list.map((reminder) => reminder.id).join(", ")}`);
  return found;
};

describe("calendar reminders (.ics)", () => {
  const now = californiaWinter("2026-12-21");

  it("decision due and the follow-up call are all-day events on the California dates", () => {
    // Received Friday Dec 18 → due Monday Dec 28 (Christmas skipped) → call Tuesday Dec 29.
    const list = reminders({ received: "2026-12-18", outcome: "waiting" }, now);
    expect(list.map((reminder) => reminder.id)).toEqual(["decisionDue", "followUpCall"]);

    const due = reminderToIcs(byId(list, "decisionDue"), now);
    expect(due.fileName).toBe("plan-decision-due-2026-12-28.ics");
    const dueEvent = parse(due.text);
    expect(dueEvent.startDate.isDate).toBe(true);
    expect(dueEvent.startDate.toString()).toBe("2026-12-28");
    expect(dueEvent.endDate.toString()).toBe("2026-12-29");
    expect(dueEvent.summary).toBe("Second opinion: the plan should decide");
    expect(dueEvent.description).toMatch(/on or about Monday, December 28, 2026/);

    const call = parse(reminderToIcs(byId(list, "followUpCall"), now).text);
    expect(call.startDate.isDate).toBe(true);
    expect(call.startDate.toString()).toBe("2026-12-29");
    expect(call.summary).toMatch(/call the plan/);
  });

  it("skips a holiday weekend for the follow-up call: due Thursday Dec 31 → call Monday Jan 4", () => {
    // Received Wed Dec 23: 24, 28, 29, 30, 31 (Christmas skipped) → due Thu Dec 31; Jan 1 is a holiday.
    const list = reminders({ received: "2026-12-23", outcome: "waiting" }, now);
    expect(parse(reminderToIcs(byId(list, "decisionDue"), now).text).startDate.toString()).toBe("2026-12-31");
    expect(parse(reminderToIcs(byId(list, "followUpCall"), now).text).startDate.toString()).toBe("2027-01-04");
  });

  it("two dates: call the plan after the likely date, and 'the plan is late' only after the latest", () => {
    // Received Wed Feb 10, 2027: likely Thu Feb 18; latest Fri Feb 19 (Lincoln Day).
    const list = reminders({ received: "2027-02-10", outcome: "waiting" }, californiaWinter("2027-02-11"));
    expect(list.map((reminder) => reminder.id)).toEqual(["decisionDue", "followUpCall", "planLate"]);
    expect(byId(list, "decisionDue").date).toBe("2027-02-18");
    expect(byId(list, "decisionDue").description).toMatch(/At the latest, if your plan counts every state holiday: Friday, February 19, 2027/);
    const call = parse(reminderToIcs(byId(list, "followUpCall"), now).text);
    expect(call.startDate.toString()).toBe("2027-02-19");
    expect(call.description).not.toMatch(/late/);
    const late = parse(reminderToIcs(byId(list, "planLate"), now).text);
    expect(late.startDate.toString()).toBe("2027-02-22");
    expect(late.summary).toBe("Second opinion: the plan is late if no answer");
    expect(late.description).toMatch(/on or about Friday, February 19, 2027/);
  });

  it("'the plan is late' waits for a later date the plan gave in writing, but not for one said on the phone", () => {
    const base: Entry = { received: "2027-02-10", outcome: "waiting", planGiven: "2027-02-26" };
    const written = reminders({ ...base, planGivenInWriting: true }, californiaWinter("2027-02-11"));
    expect(byId(written, "planLate").date).toBe("2027-03-01");
    const phoned = reminders({ ...base, planGivenInWriting: false }, californiaWinter("2027-02-11"));
    expect(byId(phoned, "planLate").date).toBe("2027-02-22");
  });

  it("the 72-hour deadline is a timed event at the California hour, as a UTC instant", () => {
    // Received Friday Dec 18, 3:00 pm → due Monday Dec 21, 3:00 pm PST = 23:00 UTC.
    const list = reminders({ urgent: true, received: "2026-12-18", time: "15:00", outcome: "waiting" }, californiaWinter("2026-12-20"));
    const file = reminderToIcs(byId(list, "decisionDue"), now);
    expect(file.text).toMatch(/DTSTART:20261221T230000Z/);
    const event = parse(file.text);
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-21T23:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-21T23:30:00.000Z");
    expect(event.summary).toBe("Second opinion: the plan should decide by 3:00 pm California time");
    expect(event.description).toMatch(/3:00 pm \(California time\)/);
  });

  it("a 72-hour deadline across the spring clock change keeps the California wall time right", () => {
    // Friday March 12, 2027, 9:00 am PST + 72 h = Monday March 15, 10:00 am PDT (17:00 UTC).
    const list = reminders({ urgent: true, received: "2027-03-12", time: "09:00", outcome: "waiting" }, californiaWinter("2027-03-12", "09:30"));
    const event = parse(reminderToIcs(byId(list, "decisionDue"), californiaWinter("2027-03-12", "09:30")).text);
    expect(event.startDate.toJSDate().toISOString()).toBe("2027-03-15T17:00:00.000Z");
  });

  it("grievance answer due (3 days, urgent) and Independent Medical Review apply-by are all-day dates", () => {
    const list = reminders({ urgent: true, received: "2026-12-18", outcome: "denied", denial: "2026-12-20", grievanceFiled: "2026-12-21" }, now);
    expect(list.map((reminder) => reminder.id)).toEqual(["grievanceAnswerDue", "imrApplyBy"]);
    const grievance = parse(reminderToIcs(byId(list, "grievanceAnswerDue"), now).text);
    expect(grievance.startDate.isDate).toBe(true);
    expect(grievance.startDate.toString()).toBe("2026-12-24");
    const imr = parse(reminderToIcs(byId(list, "imrApplyBy"), now).text);
    expect(imr.startDate.toString()).toBe("2027-06-20");
    expect(imr.summary).toMatch(/Independent Medical Review/);
  });

  it("leaves out dates already over, and the decision reminders once a decision is recorded", () => {
    // Due Thursday Dec 17, call Friday Dec 18: both past on Dec 21.
    expect(reminders({ received: "2026-12-10", outcome: "no-answer" }, now)).toEqual([]);
    expect(reminders({ received: "2026-12-18", outcome: "approved" }, now)).toEqual([]);
  });

  it("carries a stable id, a timestamp, an alarm and no busy time", () => {
    const [reminder] = reminders({ received: "2026-12-18", outcome: "waiting" }, now);
    if (!reminder) throw new Error("no reminder");
    const text = reminderToIcs(reminder, now).text;
    const event = parse(text);
    expect(event.uid).toBe("decisionDue-2026-12-28@second-opinion-request-helper");
    expect(text).toMatch(/DTSTAMP:20261221T180000Z/);
    expect(event.component.getAllSubcomponents("valarm")).toHaveLength(1);
    expect(event.component.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
  });
});
