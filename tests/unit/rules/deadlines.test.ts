import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBusinessDay } from "@/lib/dates/california-holidays";
import { daysBetween } from "@/lib/dates/calendar-date";
import { deriveRules } from "@/lib/rules";
import { datePartsFromIso } from "@/lib/dates/date-parts";
import type { CoverageSource, Outcome, RegulatorAnswer, SentMethod } from "@/lib/steps/options";
import { emptyRequest, type SecondOpinionRequest } from "@/lib/steps/request";

type Entry = {
  coverage?: CoverageSource;
  regulator?: RegulatorAnswer;
  urgent?: boolean;
  received?: string;
  time?: string;
  sent?: string;
  sentMethod?: SentMethod;
  outcome?: Outcome;
  moreInfoReceived?: string;
  grievanceFiled?: string;
  grievanceDecided?: string;
  grievanceUrgent?: boolean;
  denial?: string;
};

function requestFor(entry: Entry): SecondOpinionRequest {
  const request = emptyRequest();
  request.coverage.source = entry.coverage ?? "job-insured";
  request.plan.planType = "hmo";
  request.plan.regulator = entry.regulator ?? "dmhc";
  request.submit.urgent = entry.urgent ? "yes" : "no";
  if (entry.received) request.submit.dateReceived = datePartsFromIso(entry.received);
  if (entry.time) request.submit.timeReceived = entry.time;
  if (entry.sent) request.submit.dateSent = datePartsFromIso(entry.sent);
  request.submit.sentMethod = entry.sentMethod ?? (entry.sent || entry.received ? "mail" : undefined);
  // The grievance questions are asked once the plan has said no or not answered.
  request.decision.outcome = entry.outcome ?? (entry.grievanceFiled || entry.grievanceDecided ? "denied" : undefined);
  if (entry.moreInfoReceived) request.decision.moreInfoReceivedDate = datePartsFromIso(entry.moreInfoReceived);
  if (entry.grievanceFiled) request.decision.grievanceFiledDate = datePartsFromIso(entry.grievanceFiled);
  if (entry.denial) request.decision.denialDate = datePartsFromIso(entry.denial);
  if (entry.grievanceDecided) request.decision.grievanceDecisionDate = datePartsFromIso(entry.grievanceDecided);
  if (entry.grievanceUrgent) request.decision.grievanceUrgent = "yes";
  return request;
}

const NOW = new Date("2026-12-20T20:00:00Z"); // Sunday, December 20, 2026, noon in California
const rules = (entry: Entry, now = NOW) => deriveRules(requestFor(entry), now);

describe("decision due date", () => {
  it.each([
    // received → due (routine: 5 business days, California state holidays skipped)
    ["2026-12-18", "2026-12-28"], // Friday; Christmas skipped
    ["2027-07-01", "2027-07-09"], // Sunday July 4 observed on Monday
    ["2026-12-19", "2026-12-28"], // received on a Saturday
    ["2026-12-20", "2026-12-28"], // received on a Sunday
    ["2026-12-25", "2027-01-04"], // received on a holiday; year end; New Year's Day skipped
    ["2028-02-24", "2028-03-02"], // leap-year month end
    ["2027-02-26", "2027-03-05"], // ordinary month end
    ["2027-02-10", "2027-02-18"], // Presidents' Day (Lincoln Day: state offices stay open)
    ["2026-11-25", "2026-12-04"], // Thanksgiving and the day after
    ["2028-11-09", "2028-11-17"], // Veterans Day on Saturday, observed Friday
  ])("routine, received %s → on or about %s", (received, due) => {
    const deadline = rules({ received }).deadlines.decisionDue;
    expect(deadline?.date).toBe(due);
    expect(deadline?.time).toBeUndefined();
    expect(deadline?.length).toEqual({ amount: 5, unit: "business-days" });
    expect(deadline?.countedFrom).toMatchObject({ date: received, event: "received" });
  });

  it.each([
    // received → likely (state offices' closures) and latest (every §6700 day and the day after Thanksgiving)
    ["2026-12-18", "2026-12-28", undefined], // before Christmas: a closure in both lists
    ["2027-12-30", "2028-01-06", undefined], // before New Year's Day (a Saturday in 2028: not moved)
    ["2026-11-24", "2026-12-03", undefined], // before Thanksgiving and the day after: both lists
    ["2027-02-10", "2027-02-18", "2027-02-19"], // before Lincoln Day: §6700 only
    ["2027-10-27", "2027-11-03", "2027-11-04"], // before Diwali 2027: §6700 only
    ["2027-09-07", "2027-09-14", "2027-09-15"], // before Admission Day: §6700 only
    ["2028-01-24", "2028-01-31", "2028-02-01"], // before Lunar New Year 2028: §6700 only
    ["2027-06-16", "2027-06-23", undefined], // Juneteenth 2027 is a Saturday: nothing to skip
    ["2028-06-15", "2028-06-22", "2028-06-23"], // Juneteenth 2028 (Monday): §6700 only
    ["2027-09-22", "2027-09-29", "2027-09-30"], // Native American Day (Friday): §6700 only
    ["2033-04-20", "2033-04-27", undefined], // Genocide Remembrance Day on a Sunday: not moved, nothing skipped
    ["2033-06-15", "2033-06-22", undefined], // Juneteenth on a Sunday: not moved either
  ])("routine, received %s: likely %s, latest %s", (received, likely, latest) => {
    const deadline = rules({ received }).deadlines.decisionDue;
    expect(deadline?.date).toBe(likely);
    expect(deadline?.latest?.date).toBe(latest);
    if (latest) expect(deadline?.latest?.text).toMatch(/^At the latest, if your plan counts every state holiday: /);
  });

  it("names the holidays only the latest date skips", () => {
    const deadline = rules({ received: "2027-02-10" }).deadlines.decisionDue;
    expect(deadline?.skippedHolidays).toEqual([{ name: "Presidents’ Day", date: "2027-02-15" }]);
    expect(deadline?.latest).toEqual({
      date: "2027-02-19",
      text: "At the latest, if your plan counts every state holiday: Friday, February 19, 2027.",
      extraHolidays: [{ name: "Lincoln Day", date: "2027-02-12" }],
    });
  });

  it("says it in words, with what it is counted from and its source", () => {
    const deadline = rules({ received: "2026-12-18" }).deadlines.decisionDue;
    expect(deadline?.summary).toBe("The plan should decide on or about Monday, December 28, 2026.");
    expect(deadline?.explanation).toBe("5 business days from the date the plan received your request, Friday, December 18, 2026");
    expect(deadline?.skippedHolidays).toEqual([{ name: "Christmas Day", date: "2026-12-25" }]);
    expect(deadline?.source.citation).toBe("California Health and Safety Code §1367.01");
    expect(deadline?.caveat).toMatch(/generally/);
  });

  it.each([
    ["dmhc", "HSC §1367.01", []],
    ["cdi", "Ins. Code §10123.135", []],
    ["not-sure", "HSC §1367.01", ["Ins. Code §10123.135"]],
  ] as const)("the 5-business-day clock is the same for a %s plan (source %s)", (regulator, short, others) => {
    const request = requestFor({ received: "2026-12-18", regulator });
    request.plan.planType = "ppo";
    const deadline = deriveRules(request, NOW).deadlines.decisionDue;
    expect(deadline?.date).toBe("2026-12-28");
    expect(deadline?.source.short).toBe(short);
    expect(deadline?.otherSources.map((source) => source.short)).toEqual(others);
  });

  it.each([
    ["2027-03-05", "15:00", "2027-03-08", "15:00"], // Friday 3 pm → Monday 3 pm
    ["2027-03-12", "15:00", "2027-03-15", "16:00"], // 72 elapsed hours across the spring change
    ["2027-11-05", "15:00", "2027-11-08", "14:00"], // and the fall change
    ["2026-12-24", "23:59", "2026-12-27", "23:59"], // holidays and weekends count
    ["2026-12-31", "00:00", "2027-01-03", "00:00"], // midnight, year end
  ])("urgent, received %s %s → %s %s", (received, time, date, dueTime) => {
    const deadline = rules({ urgent: true, received, time }).deadlines.decisionDue;
    expect(deadline).toMatchObject({ date, time: dueTime, length: { amount: 72, unit: "hours" } });
    expect(deadline?.countedFrom).toMatchObject({ date: received, time });
  });

  it("urgent words carry the hour and California time", () => {
    const deadline = rules({ urgent: true, received: "2027-03-05", time: "15:00" }).deadlines.decisionDue;
    expect(deadline?.summary).toBe("Because your request is urgent, the plan should decide by about Monday, March 8, 2027, 3:00 pm (California time).");
    expect(deadline?.explanation).toBe("72 hours from the date the plan received your request, Friday, March 5, 2027, 3:00 pm (California time)");
    expect(deadline?.source.short).toBe("HSC §1383.15");
  });

  it("urgent without a time: the third day after, no hour", () => {
    const deadline = rules({ urgent: true, received: "2027-03-05" }).deadlines.decisionDue;
    expect(deadline).toMatchObject({ date: "2027-03-08" });
    expect(deadline?.time).toBeUndefined();
    expect(deadline?.caveat).toMatch(/Enter the time/);
  });

  it("falls back to the date sent, and says so", () => {
    const deadline = rules({ sent: "2026-12-18" }).deadlines.decisionDue;
    expect(deadline?.date).toBe("2026-12-28");
    expect(deadline?.countedFrom.event).toBe("sent");
    expect(deadline?.explanation).toMatch(/the date you sent your request/);
  });

  it("ignores a date sent when the request is marked not sent yet", () => {
    expect(rules({ sent: "2026-12-18", sentMethod: "not-yet" }).deadlines.decisionDue).toBeUndefined();
  });

  it("restarts from the information the plan asked for", () => {
    const deadline = rules({ received: "2026-12-18", outcome: "more-info", moreInfoReceived: "2027-01-04" }).deadlines.decisionDue;
    expect(deadline?.date).toBe("2027-01-11");
    expect(deadline?.countedFrom.event).toBe("more-info-received");
  });

  it.each([
    ["2027-01-05T20:00:00Z", "past"],
    ["2026-12-28T08:00:00Z", "today"], // midnight Dec 28 in California (already Dec 28 in UTC too)
    ["2026-12-28T07:59:00Z", "future"], // 11:59 pm Dec 27 in California, Dec 28 in UTC and Tokyo
    ["2026-12-29T07:59:00Z", "today"], // 11:59 pm Dec 28 in California
    ["2026-12-29T08:00:00Z", "past"],
  ])("status at %s is %s", (now, status) => {
    expect(rules({ received: "2026-12-18" }, new Date(now)).deadlines.decisionDue?.status).toBe(status);
  });

  it("gives the date in words for letters and pages", () => {
    expect(rules({ received: "2026-12-18" }).deadlines.decisionDue?.when).toBe("on or about Monday, December 28, 2026");
    expect(rules({ urgent: true, received: "2027-03-05", time: "15:00" }).deadlines.decisionDue?.when).toBe(
      "by about Monday, March 8, 2027, 3:00 pm (California time)",
    );
  });

  it("flags a count that reaches a year beyond the lunar tables", () => {
    expect(rules({ received: "2036-12-29" }).deadlines.decisionDue?.caveat).toMatch(/does not have every holiday for 2037/);
    expect(rules({ received: "2024-12-20" }).deadlines.decisionDue?.caveat).toMatch(/for 2024/);
    expect(rules({ received: "2027-12-29" }).deadlines.decisionDue?.caveat).not.toMatch(/does not have every holiday/);
  });

  it("is absent until a date is entered", () => {
    expect(rules({}).deadlines).toEqual({});
  });
});

describe("after the decision", () => {
  it.each([
    [{ received: "2026-12-18" }, "2026-12-30"],
    [{ received: "2026-12-22" }, "2027-01-04"], // due Dec 30; Thu Dec 31, then Jan 1 skipped
    [{ urgent: true, received: "2027-03-05", time: "15:00" }, "2027-03-10"],
  ])("written denial notice: 2 business days after the decision due date (%o → %s)", (entry, date) => {
    const deadline = rules(entry).deadlines.denialNoticeDue;
    expect(deadline?.date).toBe(date);
    expect(deadline?.countedFrom.event).toBe("decision-due");
  });

  it.each([
    [{ received: "2027-02-10" }, "2027-02-22"], // from the likely date (Feb 18), the likely calendar
    [{ received: "2027-10-27" }, "2027-11-05"], // Diwali is not a closure: likely Nov 3 + 2
  ])("written denial notice counts from the likely date, on the likely calendar (%o → %s)", (entry, date) => {
    expect(rules(entry).deadlines.denialNoticeDue?.date).toBe(date);
    expect(rules(entry).deadlines.denialNoticeDue?.latest).toBeUndefined();
  });

  it.each([
    // regulator, urgent, filed → due, unit, source
    ["dmhc", false, "2027-02-01", "2027-03-03", "calendar-days", "HSC §1368.01"], // 30 calendar days, February has 28
    ["dmhc", false, "2028-02-01", "2028-03-02", "calendar-days", "HSC §1368.01"], // leap year
    ["dmhc", false, "2026-12-15", "2027-01-14", "calendar-days", "HSC §1368.01"], // year end
    ["dmhc", true, "2027-02-01", "2027-02-04", "calendar-days", "HSC §1368.01(b)"], // urgent: 3 days
    ["dmhc", true, "2026-12-30", "2027-01-02", "calendar-days", "HSC §1368.01(b)"],
    ["cdi", false, "2027-02-01", "2027-03-03", "calendar-days", "45 CFR §147.136"], // the insurer's internal appeal
    ["cdi", true, "2027-02-01", "2027-02-04", "hours", "45 CFR §147.136"], // 72 hours
    ["not-sure", false, "2027-02-01", "2027-03-03", "calendar-days", "HSC §1368.01"],
  ] as const)("grievance to a %s plan (urgent %s) filed %s → answer due %s", (regulator, urgent, grievanceFiled, date, unit, source) => {
    const deadline = rules({ regulator, urgent, grievanceFiled }).deadlines.grievanceAnswerDue;
    expect(deadline?.date).toBe(date);
    expect(deadline?.length.unit).toBe(unit);
    expect(deadline?.source.short).toBe(source);
  });

  it("cites the DMHC grievance rules by their regulations: 28 CCR §1300.68, and §1300.68.01 when urgent", () => {
    expect(rules({ grievanceFiled: "2027-02-01" }).deadlines.grievanceAnswerDue?.source.citation).toMatch(/28 CCR §1300\.68$/);
    expect(rules({ urgent: true, grievanceFiled: "2027-02-01" }).deadlines.grievanceAnswerDue?.source.citation).toMatch(/28 CCR §1300\.68\.01$/);
  });

  it("a grievance is urgent when the member says so, even for a routine request (severe pain counts)", () => {
    const deadlines = rules({ grievanceUrgent: true, grievanceFiled: "2027-02-01" }).deadlines;
    expect(deadlines.grievanceAnswerDue?.date).toBe("2027-02-04");
    expect(deadlines.mayGoToRegulator?.length.amount).toBe(0);
  });

  it("a CDI insurer's appeal clock says grandfathered policies may differ", () => {
    expect(rules({ regulator: "cdi", grievanceFiled: "2027-02-01" }).deadlines.grievanceAnswerDue?.caveat).toMatch(/grandfathered/);
    expect(rules({ regulator: "dmhc", grievanceFiled: "2027-02-01" }).deadlines.grievanceAnswerDue?.caveat).toBeUndefined();
  });

  it.each([
    [{ grievanceFiled: "2027-02-01" }, "2027-03-03", 30, "grievance-filed"],
    [{ grievanceFiled: "2027-02-01", grievanceDecided: "2027-02-12" }, "2027-02-12", 0, "grievance-decision"], // as soon as the answer arrives
    [{ outcome: "denied" as const, grievanceDecided: "2027-02-12" }, "2027-02-12", 0, "grievance-decision"],
    [{ urgent: true, grievanceFiled: "2027-02-01" }, "2027-02-01", 0, "grievance-filed"],
    [{ urgent: true, outcome: "denied" as const }, "2026-12-20", 0, "today"], // right away: today in California
  ])("may go to DMHC (%o) from %s", (entry, date, days, event) => {
    const deadline = rules(entry).deadlines.mayGoToRegulator;
    expect(deadline?.date).toBe(date);
    expect(deadline?.length.amount).toBe(days);
    expect(deadline?.countedFrom.event).toBe(event);
    expect(deadline?.source.short).toBe("HSC §1368.03");
  });

  it("says a DMHC member can go sooner if the plan answers the grievance before 30 days", () => {
    expect(rules({ grievanceFiled: "2027-02-01" }).deadlines.mayGoToRegulator?.caveat).toMatch(/as soon as the answer arrives/);
  });

  it("has no DMHC waiting date for a CDI policy", () => {
    expect(rules({ regulator: "cdi", grievanceFiled: "2027-02-01" }).deadlines.mayGoToRegulator).toBeUndefined();
  });

  it.each([
    ["2027-01-15", "2027-07-15"],
    ["2027-08-31", "2028-02-29"], // 6 months later has no 31st: last day of February, leap year
    ["2026-08-31", "2027-02-28"],
    ["2026-12-31", "2027-06-30"],
  ])("IMR: first written denial %s → apply by %s, said to be early and safe", (denial, date) => {
    const deadline = rules({ outcome: "denied", denial }).deadlines.imrApplyBy;
    expect(deadline?.date).toBe(date);
    expect(deadline?.countedFrom.event).toBe("written-decision");
    expect(deadline?.caveat).toMatch(/early and safe/);
    expect(deadline?.caveat).toMatch(/good reason/);
  });

  it.each(["dmhc", "cdi"] as const)("IMR (%s): counts from the plan's written answer to the grievance once it is known", (regulator) => {
    const deadline = rules({ regulator, outcome: "denied", denial: "2027-01-15", grievanceDecided: "2027-03-10" }).deadlines.imrApplyBy;
    expect(deadline?.date).toBe("2027-09-10");
    expect(deadline?.countedFrom.event).toBe("grievance-decision");
    expect(deadline?.caveat).not.toMatch(/early and safe/);
    expect(deadline?.source.short).toBe(regulator === "dmhc" ? "HSC §1374.30" : "Ins. Code §10169");
  });

  it("IMR: a grievance answer after no answer at all starts the 6 months too", () => {
    expect(rules({ outcome: "no-answer", grievanceDecided: "2027-03-10" }).deadlines.imrApplyBy?.date).toBe("2027-09-10");
  });

  it.each([
    [{ received: "2026-12-18" }, "2027-01-12", undefined], // 15 business days (likely calendar)
    [{ urgent: true, received: "2027-03-05", time: "15:00" }, "2027-03-09", "15:00"], // 96 hours
  ])("appointment once approved (%o): generally by %s", (entry, date, time) => {
    const deadline = rules(entry).deadlines.appointmentBy;
    expect(deadline?.date).toBe(date);
    expect(deadline?.time).toBe(time);
    expect(deadline?.summary).toMatch(/generally/);
  });
});

describe("coverage outside state law", () => {
  it.each(["original-medicare", "medicare-advantage", "tricare-va", "medi-cal-fee-for-service"] as const)("%s: no state clocks", (coverage) => {
    expect(rules({ coverage, received: "2026-12-18", grievanceFiled: "2027-02-01", denial: "2027-01-15" }).deadlines).toEqual({});
  });

  it("self-funded job plan: the federal 15-day clock only", () => {
    const deadlines = rules({ coverage: "job-self-funded", received: "2026-12-18", grievanceFiled: "2027-02-01" }).deadlines;
    expect(Object.keys(deadlines)).toEqual(["decisionDue"]);
    expect(deadlines.decisionDue).toMatchObject({ date: "2027-01-02", length: { amount: 15, unit: "calendar-days" } });
    expect(deadlines.decisionDue?.source.short).toBe("29 CFR §2560.503-1");
  });

  it("self-funded job plan, urgent: the federal 72-hour clock, not 15 days", () => {
    const due = rules({ coverage: "job-self-funded", urgent: true, received: "2027-03-05", time: "15:00" }).deadlines.decisionDue;
    expect(due).toMatchObject({ date: "2027-03-08", time: "15:00", length: { amount: 72, unit: "hours" } });
    expect(due?.source.short).toBe("29 CFR §2560.503-1(f)(2)(i)");
    expect(due?.summary).toMatch(/urgent/);
  });

  it("a job plan the member is not sure about keeps the state clock, with the federal timing noted", () => {
    const routine = rules({ coverage: "job-not-sure", received: "2026-12-18" }).deadlines.decisionDue;
    expect(routine).toMatchObject({ date: "2026-12-28", length: { amount: 5, unit: "business-days" } });
    expect(routine?.caveat).toMatch(/self-funded, federal rules set the time instead: generally 15 days, or 72 hours when urgent/);
    const urgent = rules({ coverage: "job-not-sure", urgent: true, received: "2027-03-05", time: "15:00" }).deadlines.decisionDue;
    expect(urgent?.caveat).toMatch(/72 hours when urgent/);
  });
});

describe("properties over any receipt date", () => {
  const received = fc
    .date({ min: new Date("2025-01-01T12:00:00Z"), max: new Date("2036-06-30T12:00:00Z"), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

  it("a routine likely date is a state-office business day 5 to 12 days after receipt; the latest is a §6700 business day, never earlier, at most 6 days later", () => {
    fc.assert(
      fc.property(received, (date) => {
        const due = rules({ received: date }).deadlines.decisionDue;
        expect(due && isBusinessDay(due.date, "likely")).toBe(true);
        const days = daysBetween(date, due?.date ?? date);
        expect(days).toBeGreaterThanOrEqual(5);
        expect(days).toBeLessThanOrEqual(12);
        const latest = due?.latest?.date ?? due?.date ?? date;
        expect(isBusinessDay(latest, "latest")).toBe(true);
        expect(daysBetween(due?.date ?? date, latest)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(due?.date ?? date, latest)).toBeLessThanOrEqual(6);
      }),
      { numRuns: 300 },
    );
  });

  it("an urgent due time is 3 calendar days later, within an hour either way of the same clock time", () => {
    fc.assert(
      fc.property(received, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (date, hour, minute) => {
        const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
        const due = rules({ urgent: true, received: date, time }).deadlines.decisionDue;
        const shift = (Number(due?.time?.slice(0, 2)) * 60 + Number(due?.time?.slice(3))) - (hour * 60 + minute);
        const dayShift = daysBetween(date, due?.date ?? date);
        expect(dayShift * 1440 + shift - 3 * 1440).toBeGreaterThanOrEqual(-60);
        expect(dayShift * 1440 + shift - 3 * 1440).toBeLessThanOrEqual(60);
      }),
      { numRuns: 300 },
    );
  });
});
