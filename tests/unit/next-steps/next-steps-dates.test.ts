// Named "-dates" so `npm run test:timezones` re-runs it in UTC and Asia/Tokyo: "late" must mean late in California.
import { describe, expect, it } from "vitest";
import { deriveRules } from "@/lib/rules";
import { deriveNextSteps, type EscalationSteps, type NextStepsView } from "@/lib/next-steps";
import { californiaWinter, requestFor, type Entry } from "./request";

const DMHC_PHONE = "1-888-466-2219";
const CDI_PHONE = "1-800-927-4357";
const HCA_PHONE = "1-888-804-3536";

function view(entry: Entry, now: Date): NextStepsView {
  const request = requestFor(entry);
  return deriveNextSteps(request, deriveRules(request, now), now);
}

function escalation(result: NextStepsView): EscalationSteps {
  const { steps } = result;
  if (steps.kind !== "denied" && steps.kind !== "no-answer") throw new Error(`Expected escalation steps, got ${steps.kind}`);
  return steps;
}

const phones = (steps: EscalationSteps) => steps.contacts.flatMap((contact) => contact.methods.flatMap((method) => ("number" in method ? [method.number] : [])));

describe("overdue: no answer past the due date", () => {
  // Received Thursday Dec 10, 2026: 5 business days → Thursday Dec 17.
  const routine: Entry = { received: "2026-12-10", outcome: "waiting" };

  it("is not late on the due date itself, and is late the day after, in California", () => {
    expect(view(routine, californiaWinter("2026-12-17", "23:59")).overdue).toBeNull();
    const late = view(routine, californiaWinter("2026-12-18", "00:01"));
    expect(late.overdue?.due.date).toBe("2026-12-17");
    // 00:01 Dec 18 in California is already 08:01 UTC: the zone of the device does not matter.
    expect(view(routine, new Date("2026-12-18T07:59:00Z")).overdue).toBeNull();
  });

  it("shows the no-answer steps (grievance first) while the member still says 'waiting'", () => {
    const late = view(routine, californiaWinter("2026-12-21"));
    expect(late.steps.kind).toBe("no-answer");
    expect(escalation(late).grievance.step.id).toBe("plan-grievance");
  });

  it("treats 'no answer' and nothing recorded the same way, and never a recorded decision", () => {
    const now = californiaWinter("2026-12-21");
    expect(view({ ...routine, outcome: "no-answer" }, now).overdue).not.toBeNull();
    expect(view({ ...routine, outcome: undefined }, now).overdue).not.toBeNull();
    expect(view({ ...routine, outcome: "approved" }, now).overdue).toBeNull();
    expect(view({ ...routine, outcome: "denied", denial: "2026-12-18" }, now).overdue).toBeNull();
  });

  it("counts the 72-hour clock to the hour when the time is known", () => {
    const urgent: Entry = { urgent: true, received: "2026-12-18", time: "15:00", outcome: "waiting" };
    expect(view(urgent, californiaWinter("2026-12-21", "14:59")).overdue).toBeNull();
    const late = view(urgent, californiaWinter("2026-12-21", "15:00"));
    expect(late.overdue?.due).toMatchObject({ date: "2026-12-21", time: "15:00" });
  });

  it("waits for a later date the plan gave in writing before calling it late", () => {
    const planGiven: Entry = { ...routine, planGiven: "2026-12-22", planGivenInWriting: true };
    expect(view(planGiven, californiaWinter("2026-12-21")).overdue).toBeNull();
    expect(view(planGiven, californiaWinter("2026-12-23")).overdue).toMatchObject({ planGivenDate: "2026-12-22", due: { date: "2026-12-17" } });
    // An earlier date from the plan does not hide our own.
    expect(view({ ...routine, planGiven: "2026-12-15", planGivenInWriting: true }, californiaWinter("2026-12-21")).overdue?.due.date).toBe("2026-12-17");
  });

  it.each([false, undefined])("a later date said only on the phone (in writing: %s) does not move the deadline", (inWriting) => {
    const phoned: Entry = { ...routine, planGiven: "2026-12-22", ...(inWriting === undefined ? {} : { planGivenInWriting: inWriting }) };
    expect(view(phoned, californiaWinter("2026-12-21")).overdue).toMatchObject({ due: { date: "2026-12-17" }, planGivenNotInWriting: "2026-12-22" });
  });

  it("a written delay notice works for the urgent clock too", () => {
    const urgent: Entry = { urgent: true, received: "2026-12-18", time: "15:00", outcome: "waiting", planGiven: "2026-12-23", planGivenInWriting: true };
    expect(view(urgent, californiaWinter("2026-12-22")).overdue).toBeNull();
    expect(view({ ...urgent, planGivenInWriting: false }, californiaWinter("2026-12-22")).overdue).not.toBeNull();
  });

  it("restarts from the plan's receipt of more information, and is not late before it arrives", () => {
    const now = californiaWinter("2026-12-21");
    const asked: Entry = { received: "2026-12-01", outcome: "more-info", moreInfoWhat: "The MRI report" };
    const notYet = view(asked, now);
    expect(notYet.overdue).toBeNull();
    expect(notYet.steps).toMatchObject({ kind: "more-info", what: "The MRI report" });
    expect(notYet.steps.kind === "more-info" && notYet.steps.decisionDue).toBeFalsy();

    // Received Monday Dec 21: Christmas Day skipped → Tuesday Dec 29.
    const received = view({ ...asked, moreInfoReceived: "2026-12-21" }, now);
    expect(received.steps).toMatchObject({
      kind: "more-info",
      decisionDue: { date: "2026-12-29", countedFrom: { event: "more-info-received", date: "2026-12-21" } },
    });
  });
});

describe("two dates: never late before the latest", () => {
  // Received Wed Feb 10, 2027: likely Thu Feb 18 (Presidents' Day skipped); latest Fri Feb 19 (Lincoln Day too).
  const routine: Entry = { received: "2027-02-10", outcome: "waiting" };

  it("no overdue alert between the likely and the latest date, in California", () => {
    expect(view(routine, californiaWinter("2027-02-19", "10:00")).overdue).toBeNull();
    expect(view(routine, californiaWinter("2027-02-19", "23:59")).overdue).toBeNull();
    expect(view(routine, californiaWinter("2027-02-20", "00:01")).overdue).toMatchObject({ due: { date: "2027-02-18", latest: { date: "2027-02-19" } } });
  });

  it("'no answer' chosen before the latest date: not late yet, no grievance steps", () => {
    const early = view({ ...routine, outcome: "no-answer" }, californiaWinter("2027-02-19"));
    expect(early.steps).toMatchObject({ kind: "not-late-yet", decisionDue: { date: "2027-02-18" }, onTimeUntil: "2027-02-19" });
    expect(view({ ...routine, outcome: "no-answer" }, californiaWinter("2027-02-20")).steps.kind).toBe("no-answer");
  });

  it("'no answer' chosen while a written later date from the plan is still ahead: not late yet, until that date", () => {
    const written = view({ ...routine, outcome: "no-answer", planGiven: "2027-03-01", planGivenInWriting: true }, californiaWinter("2027-02-24"));
    expect(written.steps).toMatchObject({ kind: "not-late-yet", onTimeUntil: "2027-03-01" });
  });

  it("a request received before a closure in both lists has one date, and is late the day after it", () => {
    // Received Fri Dec 18, 2026: Christmas closes state offices too → Mon Dec 28 in both.
    const christmas: Entry = { received: "2026-12-18", outcome: "waiting" };
    expect(view(christmas, californiaWinter("2026-12-28")).overdue).toBeNull();
    expect(view(christmas, californiaWinter("2026-12-29")).overdue?.due.latest).toBeUndefined();
    expect(view(christmas, californiaWinter("2026-12-29")).overdue).not.toBeNull();
  });
});

describe("denied: an urgent HMO (DMHC) request", () => {
  const now = californiaWinter("2026-12-21");
  const entry: Entry = { urgent: true, received: "2026-12-18", outcome: "denied", denial: "2026-12-20", denialReason: "Not medically necessary" };

  it("gives the grievance 3-day date if filed today, and DMHC right away", () => {
    const steps = escalation(view(entry, now));
    expect(steps.kind).toBe("denied");
    expect(steps.denialReason).toBe("Not medically necessary");
    expect(steps.grievance.answerDue).toBeUndefined();
    expect(steps.grievance.ifFiledToday).toMatchObject({ date: "2026-12-24", length: { amount: 3, unit: "calendar-days" } });
    expect(steps.regulatorComplaint?.step.title).toMatch(/DMHC/);
    expect(steps.regulatorComplaint?.mayGoToRegulator).toMatchObject({ date: "2026-12-21", countedFrom: { event: "today" } });
    expect(steps.regulatorComplaint?.mayGoToRegulator?.summary).toMatch(/right away/);
  });

  it("counts from the grievance date once filed", () => {
    const steps = escalation(view({ ...entry, grievanceFiled: "2026-12-20" }, now));
    expect(steps.grievance.ifFiledToday).toBeUndefined();
    expect(steps.grievance.answerDue?.date).toBe("2026-12-23");
  });

  it("gives the Independent Medical Review date 6 months from the written denial, as an early and safe date", () => {
    expect(escalation(view(entry, now)).imr?.applyBy?.date).toBe("2027-06-20");
    expect(escalation(view(entry, now)).imr?.applyBy?.caveat).toMatch(/early and safe/);
  });

  it("once the plan answers the grievance: DMHC at once, and the 6 months from that answer", () => {
    const steps = escalation(view({ ...entry, urgent: false, grievanceFiled: "2026-12-10", grievanceDecided: "2026-12-18" }, now));
    expect(steps.regulatorComplaint?.mayGoToRegulator).toMatchObject({ date: "2026-12-18", countedFrom: { event: "grievance-decision" } });
    expect(steps.imr?.applyBy?.date).toBe("2027-06-18");
  });

  it("sends one IMR/Complaint form, and never promises an IMR", () => {
    const steps = escalation(view(entry, now));
    expect(steps.imr?.step.title).toBe("Send DMHC its IMR/Complaint form");
    expect(steps.imr?.step.text).toMatch(/DMHC decides if your case gets an Independent Medical Review/);
  });

  it("lists DMHC's contacts and free help, and no CDI contact", () => {
    const steps = escalation(view(entry, now));
    expect(steps.contacts.map((contact) => contact.id)).toEqual(["dmhc-help-center", "health-consumer-alliance"]);
    expect(phones(steps)).toContain(DMHC_PHONE);
    expect(JSON.stringify(steps)).not.toContain(CDI_PHONE);
    expect(steps.howToTell).toEqual([]);
  });
});

describe("denied or no answer, routine", () => {
  const now = californiaWinter("2026-12-21");

  it("DMHC: 30 calendar days for the grievance answer, and DMHC after 30 days in the process", () => {
    const steps = escalation(view({ received: "2026-12-01", outcome: "denied", denial: "2026-12-08", grievanceFiled: "2026-12-10" }, now));
    expect(steps.grievance.answerDue).toMatchObject({ date: "2027-01-09", length: { amount: 30, unit: "calendar-days" } });
    expect(steps.regulatorComplaint?.mayGoToRegulator?.date).toBe("2027-01-09");
  });

  it("DMHC, routine, no grievance yet: no date for DMHC until the grievance is filed; urgent and late: DMHC right away", () => {
    const routine = escalation(view({ received: "2026-12-10", outcome: "waiting" }, now));
    expect(routine.kind).toBe("no-answer");
    expect(routine.regulatorComplaint?.mayGoToRegulator).toBeUndefined();
    const urgent = escalation(view({ urgent: true, received: "2026-12-10", outcome: "waiting" }, now));
    expect(urgent.regulatorComplaint?.mayGoToRegulator).toMatchObject({ date: "2026-12-21", countedFrom: { event: "today" } });
  });

  it("CDI policy with no answer: CDI's contacts only, no DMHC wait, and the insurer's appeal clock under the federal rule", () => {
    const steps = escalation(view({ planType: "ppo", regulator: "cdi", received: "2026-12-10", outcome: "no-answer" }, now));
    expect(steps.contacts.map((contact) => contact.id)).toEqual(["cdi-hotline", "health-consumer-alliance"]);
    expect(phones(steps)).toEqual(expect.arrayContaining([CDI_PHONE, HCA_PHONE]));
    expect(JSON.stringify(steps)).not.toContain(DMHC_PHONE);
    expect(steps.regulatorComplaint?.step.title).toMatch(/Department of Insurance/);
    expect(steps.regulatorComplaint?.mayGoToRegulator).toBeUndefined();
    expect(steps.grievance.ifFiledToday?.source.short).toBe("45 CFR §147.136");
    expect(steps.grievance.ifFiledToday?.caveat).toMatch(/grandfathered/);
    // No written decision yet: no IMR date to invent.
    expect(steps.imr?.applyBy).toBeUndefined();
  });

  it("not sure who regulates a PPO: both offices, and how to tell", () => {
    const steps = escalation(view({ planType: "ppo", regulator: "not-sure", received: "2026-12-10", outcome: "no-answer" }, now));
    expect(steps.contacts.map((contact) => contact.id)).toEqual(["dmhc-help-center", "cdi-hotline", "health-consumer-alliance"]);
    expect(steps.howToTell.map((item) => item.text).join(" ")).toMatch(/Department of Managed Health Care[\s\S]*Department of Insurance/);
    expect(steps.howToTell.every((item) => item.source.citation.length > 0)).toBe(true);
  });

  it("Medi-Cal managed care: an appeal (60 days), then a State Hearing, with the warning before choosing it; others do not see it", () => {
    const mediCal = escalation(view({ coverage: "medi-cal-managed-care", received: "2026-12-01", outcome: "denied", denial: "2026-12-08" }, now));
    expect(mediCal.grievance.step.text).toMatch(/appeal[\s\S]*60 days/);
    expect(mediCal.mediCal?.stateHearing.text).toMatch(/State Hearing within 120 days/);
    expect(mediCal.mediCal?.hearingBeforeImr.text).toMatch(/cannot get an Independent Medical Review/);
    expect(phones({ ...mediCal, contacts: mediCal.mediCal?.contacts ?? [] })).toEqual(["1-888-452-8609", "1-800-743-8525"]);
    const job = escalation(view({ received: "2026-12-01", outcome: "denied", denial: "2026-12-08" }, now));
    expect(job.mediCal).toBeNull();
  });
});

describe("approved", () => {
  const now = californiaWinter("2026-12-21");

  it("gives the general appointment standard, the report, and that treatment needs its own approval", () => {
    const { steps } = view({ received: "2026-12-18", outcome: "approved" }, now);
    if (steps.kind !== "approved") throw new Error(steps.kind);
    // 15 business days from Dec 18 (Christmas and New Year's Day skipped).
    expect(steps.appointmentBy?.date).toBe("2027-01-12");
    expect(steps.accessWindows[0]?.text).toMatch(/Generally, a specialist appointment within 15 business days/);
    expect(steps.accessWindows[1]?.text).toMatch(/96 hours/);
    expect(steps.afterVisit.map((item) => item.text).join(" ")).toMatch(/report to you and to your first doctor[\s\S]*need their own approval/);
    expect(steps.accessWindows.every((item) => item.source.citation.includes("§"))).toBe(true);
    expect(steps.appointmentLater).toBe(false);
  });

  it("puts the urgent standard first for an urgent request, and flags an appointment later than the standard", () => {
    const { steps } = view({ urgent: true, received: "2026-12-18", outcome: "approved", appointment: "2027-01-20" }, now);
    if (steps.kind !== "approved") throw new Error(steps.kind);
    expect(steps.accessWindows[0]?.text).toMatch(/96 hours/);
    expect(steps.appointmentLater).toBe(true);
  });

  it("cites the Insurance Code for a CDI policy and the Health and Safety Code for a DMHC plan", () => {
    const cdi = view({ regulator: "cdi", planType: "ppo", received: "2026-12-18", outcome: "approved" }, now).steps;
    const dmhc = view({ received: "2026-12-18", outcome: "approved" }, now).steps;
    if (cdi.kind !== "approved" || dmhc.kind !== "approved") throw new Error("expected approved");
    expect(cdi.accessWindows[0]?.source.citation).toMatch(/Insurance Code/);
    expect(dmhc.accessWindows[0]?.source.citation).toMatch(/Health and Safety Code/);
  });
});

describe("other outcomes", () => {
  const now = californiaWinter("2026-12-21");
  it("shows nothing to do before an outcome is chosen and the date has not passed", () => {
    expect(view({ received: "2026-12-18" }, now).steps.kind).toBe("none");
    expect(view({ received: "2026-12-18", outcome: "waiting" }, now).steps).toMatchObject({ kind: "waiting", decisionDue: { date: "2026-12-28" } });
  });
  it("sends coverage outside state law to its own route", () => {
    expect(view({ coverage: "original-medicare", received: "2026-12-01", outcome: "denied" }, now).steps.kind).toBe("off-ramp");
    expect(view({ coverage: "medicare-advantage", received: "2026-12-01", outcome: "denied" }, now).steps.kind).toBe("off-ramp");
  });
});
