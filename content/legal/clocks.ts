import type { Clock } from "./schemas";

// Section 3 of the facts sheet: the clocks. lib/rules/deadlines.ts reads the
// lengths from here; pages and the rights page print the words.

export type { Clock };

const clockList = [
  {
    id: "routine-decision",
    name: "Decision on a routine request",
    text: "The plan decides within 5 business days after it has the information it reasonably needs.",
    amount: 5,
    unit: "business-days",
    startsFrom: "the date the plan received your request (or the information it asked for)",
    dmhcSourceId: "hsc-1367.01",
    cdiSourceId: "ins-10123.135",
    caveat:
      "This is the plan’s clock for approving care, for DMHC plans and CDI policies alike. The second-opinion law itself says plans must act quickly (“expeditiously”). Whether a request from you (not your doctor) runs on this clock is not settled, so these dates are “generally” and “on or about”.",
  },
  {
    id: "urgent-decision",
    name: "Decision on an urgent request",
    text: "When your health is in serious and immediate danger, the plan decides within 72 hours. The law says the second opinion itself should happen within 72 hours whenever possible.",
    amount: 72,
    unit: "hours",
    startsFrom: "the time the plan received your request",
    dmhcSourceId: "hsc-1383.15",
    cdiSourceId: "ins-10123.68",
  },
  {
    id: "decision-to-provider",
    name: "Decision sent to your doctor",
    text: "The plan tells your doctor its decision within 24 hours of making it.",
    amount: 24,
    unit: "hours",
    startsFrom: "the decision",
    dmhcSourceId: "hsc-1367.01",
    cdiSourceId: "ins-10123.135",
  },
  {
    id: "denial-notice",
    name: "Written notice of a denial",
    text: "If the plan denies, delays or changes your request, it sends you a written notice within 2 business days of deciding, with its reasons and how to file a grievance.",
    amount: 2,
    unit: "business-days",
    startsFrom: "the decision",
    dmhcSourceId: "hsc-1367.01",
    cdiSourceId: "ins-10123.135",
  },
  {
    id: "more-information",
    name: "If the plan needs more information",
    text: "The plan must ask you in writing and give the date it expects to decide.",
    startsFrom: "—",
    dmhcSourceId: "hsc-1367.01",
    cdiSourceId: "ins-10123.135",
  },
  {
    id: "grievance",
    name: "Answer to a grievance (complaint to your plan)",
    text: "A DMHC plan resolves a grievance within 30 calendar days.",
    amount: 30,
    unit: "calendar-days",
    startsFrom: "the date the plan received your grievance",
    dmhcSourceId: "hsc-1368.01",
    caveat: "This clock is the rule for DMHC plans. For a CDI policy, ask your insurer for its timeline.",
  },
  {
    id: "urgent-grievance",
    name: "Answer to an urgent grievance",
    text: "For an urgent grievance, a DMHC plan sends a written answer or status within 3 calendar days.",
    amount: 3,
    unit: "calendar-days",
    startsFrom: "the date the plan received your grievance",
    dmhcSourceId: "hsc-1368.01",
    caveat: "This clock is the rule for DMHC plans. For a CDI policy, ask your insurer for its timeline.",
  },
  {
    id: "regulator-complaint",
    name: "When you can go to DMHC",
    text: "You can complain to DMHC after 30 days in your plan’s grievance process, or right away if your case is urgent.",
    amount: 30,
    unit: "calendar-days",
    startsFrom: "the date you filed your grievance",
    dmhcSourceId: "hsc-1368.03",
  },
  {
    id: "imr-apply",
    name: "Apply for an Independent Medical Review (IMR)",
    text: "You can ask the state for an Independent Medical Review within 6 months of the plan’s written decision. Later filing may be allowed for a good reason.",
    amount: 6,
    unit: "months",
    startsFrom: "the date of the plan’s written decision",
    dmhcSourceId: "hsc-1374.30",
    cdiSourceId: "ins-10169",
  },
  {
    id: "imr-decision",
    name: "Independent Medical Review decision",
    text: "The review is decided within 30 days, or 3 days when urgent (DMHC says 3 to 7 days).",
    amount: 30,
    unit: "calendar-days",
    startsFrom: "your application",
    dmhcSourceId: "hsc-1374.33",
    cdiSourceId: "ins-10169.3",
  },
  {
    id: "after-imr",
    name: "After you win an Independent Medical Review",
    text: "The plan must approve the care within 5 business days of the review’s decision.",
    amount: 5,
    unit: "business-days",
    startsFrom: "the review’s decision",
    dmhcSourceId: "dmhc-website",
  },
  {
    id: "appointment-specialist",
    name: "Appointment once approved (not urgent)",
    text: "Generally, a specialist appointment within 15 business days of the request (10 business days for a primary care doctor).",
    amount: 15,
    unit: "business-days",
    startsFrom: "your request, including the time to approve it",
    dmhcSourceId: "hsc-1367.03",
    cdiSourceId: "ins-10133.54",
    caveat: "These are the general appointment-wait standards. Using them for a second-opinion visit is our reading, so we say “generally”.",
  },
  {
    id: "appointment-urgent",
    name: "Appointment once approved (urgent)",
    text: "Generally, an urgent appointment within 96 hours when the plan must approve it first (48 hours when no approval is needed).",
    amount: 96,
    unit: "hours",
    startsFrom: "your request, including the time to approve it",
    dmhcSourceId: "hsc-1367.03",
    cdiSourceId: "ins-10133.54",
    caveat: "These are the general appointment-wait standards. Using them for a second-opinion visit is our reading, so we say “generally”.",
  },
] as const;

export type ClockId = (typeof clockList)[number]["id"];

export const clocks: readonly Clock[] = clockList;

export function getClock(id: ClockId): Clock & { amount: number } {
  const clock = clocks.find((candidate) => candidate.id === id);
  if (!clock || clock.amount === undefined) throw new Error(`Clock ${id} has no length`);
  return { ...clock, amount: clock.amount };
}
