import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBusinessDay } from "@/lib/dates/california-holidays";
import { daysBetween } from "@/lib/dates/calendar-date";
import { deriveRules } from "@/lib/rules";
import { datePartsFromIso } from "@/lib/schema/date-parts";
import type { CoverageSource, Outcome, RegulatorAnswer, SentMethod } from "@/lib/schema/options";
import { emptyRequest, type SecondOpinionRequest } from "@/lib/schema/request";

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
  request.submit.sentMethod = entry.sentMethod ?? (entry.sent ? "mail" : undefined);
  request.decision.outcome = entry.outcome;
  if (entry.moreInfoReceived) request.decision.moreInfoReceivedDate = datePartsFromIso(entry.moreInfoReceived);
  if (entry.grievanceFiled) request.decision.grievanceFiledDate = datePartsFromIso(entry.grievanceFiled);
  if (entry.denial) request.decision.denialDate = datePartsFromIso(entry.denial);
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
    ["2027-02-10", "2027-02-19"], // Lincoln Day and Presidents' Day
    ["2026-11-25", "2026-12-03"], // Thanksgiving
    ["2028-11-09", "2028-11-17"], // Veterans Day on Saturday, observed Friday
  ])("routine, received %s → on or about %s", (received, due) => {
    const deadline = rules({ received }).deadlines.decisionDue;
    expect(deadline?.date).toBe(due);
    expect(deadline?.time).toBeUndefined();
    expect(deadline?.length).toEqual({ amount: 5, unit: "business-days" });
    expect(deadline?.countedFrom).toMatchObject({ date: received, event: "received" });
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

  it("warns when the holiday list does not reach the year", () => {
    expect(rules({ received: "2036-12-29" }).deadlines.decisionDue?.caveat).toMatch(/does not cover this year/);
    expect(rules({ received: "2027-12-29" }).deadlines.decisionDue?.caveat).not.toMatch(/does not cover this year/);
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
    [false, "2027-02-01", "2027-03-03"], // 30 calendar days, February has 28
    [false, "2028-02-01", "2028-03-02"], // leap year
    [false, "2026-12-15", "2027-01-14"], // year end
    [true, "2027-02-01", "2027-02-04"], // urgent: 3 days
    [true, "2026-12-30", "2027-01-02"],
  ])("grievance (urgent %s) filed %s → answer due %s", (urgent, grievanceFiled, date) => {
    const deadline = rules({ urgent, grievanceFiled }).deadlines.grievanceAnswerDue;
    expect(deadline?.date).toBe(date);
    expect(deadline?.length.unit).toBe("calendar-days");
    expect(deadline?.source.short).toBe("HSC §1368.01");
  });

  it("warns that the grievance clock is the DMHC rule when the plan is a CDI policy", () => {
    expect(rules({ regulator: "cdi", grievanceFiled: "2027-02-01" }).deadlines.grievanceAnswerDue?.caveat).toMatch(/DMHC plans/);
    expect(rules({ regulator: "dmhc", grievanceFiled: "2027-02-01" }).deadlines.grievanceAnswerDue?.caveat).toBeUndefined();
  });

  it.each([
    [{ grievanceFiled: "2027-02-01" }, "2027-03-03", 30],
    [{ urgent: true, grievanceFiled: "2027-02-01" }, "2027-02-01", 0],
    [{ urgent: true, outcome: "denied" as const }, "2026-12-20", 0], // right away: today in California
  ])("may go to DMHC (%o) from %s", (entry, date, days) => {
    const deadline = rules(entry).deadlines.mayGoToRegulator;
    expect(deadline?.date).toBe(date);
    expect(deadline?.length.amount).toBe(days);
    expect(deadline?.source.short).toBe("HSC §1368.03");
  });

  it("has no DMHC waiting date for a CDI policy", () => {
    expect(rules({ regulator: "cdi", grievanceFiled: "2027-02-01" }).deadlines.mayGoToRegulator).toBeUndefined();
  });

  it.each([
    ["2027-01-15", "2027-07-15"],
    ["2027-08-31", "2028-02-29"], // 6 months later has no 31st: last day of February, leap year
    ["2026-08-31", "2027-02-28"],
    ["2026-12-31", "2027-06-30"],
  ])("IMR: written decision %s → apply by %s", (denial, date) => {
    const deadline = rules({ outcome: "denied", denial }).deadlines.imrApplyBy;
    expect(deadline?.date).toBe(date);
    expect(deadline?.caveat).toMatch(/good reason/);
  });

  it.each([
    [{ received: "2026-12-18" }, "2027-01-12", undefined], // 15 business days
    [{ urgent: true, received: "2027-03-05", time: "15:00" }, "2027-03-09", "15:00"], // 96 hours
  ])("appointment once approved (%o): generally by %s", (entry, date, time) => {
    const deadline = rules(entry).deadlines.appointmentBy;
    expect(deadline?.date).toBe(date);
    expect(deadline?.time).toBe(time);
    expect(deadline?.summary).toMatch(/generally/);
  });
});

describe("coverage outside state law", () => {
  it.each(["medicare", "tricare-va", "medi-cal-fee-for-service"] as const)("%s: no state clocks", (coverage) => {
    expect(rules({ coverage, received: "2026-12-18", grievanceFiled: "2027-02-01", denial: "2027-01-15" }).deadlines).toEqual({});
  });

  it("self-funded job plan: the federal 15-day clock only", () => {
    const deadlines = rules({ coverage: "job-self-funded", received: "2026-12-18", grievanceFiled: "2027-02-01" }).deadlines;
    expect(Object.keys(deadlines)).toEqual(["decisionDue"]);
    expect(deadlines.decisionDue).toMatchObject({ date: "2027-01-02", length: { amount: 15, unit: "calendar-days" } });
    expect(deadlines.decisionDue?.source.short).toBe("29 CFR §2560.503-1");
  });
});

describe("properties over any receipt date", () => {
  const received = fc
    .date({ min: new Date("2025-01-01T12:00:00Z"), max: new Date("2036-06-30T12:00:00Z"), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

  it("a routine due date is a business day 5 to 12 calendar days after receipt", () => {
    fc.assert(
      fc.property(received, (date) => {
        const due = rules({ received: date }).deadlines.decisionDue;
        expect(due && isBusinessDay(due.date)).toBe(true);
        const days = daysBetween(date, due?.date ?? date);
        expect(days).toBeGreaterThanOrEqual(5);
        expect(days).toBeLessThanOrEqual(12);
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
