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
      "This is the plan’s clock for approving care, for DMHC plans and CDI policies alike. The second-opinion law itself says plans must act quickly. It is not settled whether a request from you (not your doctor) runs on this clock. So these dates are “generally” and “on or about”.",
  },
  {
    id: "urgent-decision",
    name: "Decision on an urgent request",
    text: "If waiting the normal time could seriously harm your health, the plan decides within 72 hours. The law says the second opinion itself should happen within 72 hours whenever possible.",
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
    text: "If the plan denies, delays or changes your request, it sends you a written notice within 2 business days of deciding. The notice gives its reasons and tells you how to file a grievance.",
    amount: 2,
    unit: "business-days",
    startsFrom: "the decision",
    dmhcSourceId: "hsc-1367.01",
    cdiSourceId: "ins-10123.135",
  },
  {
    id: "delay-notice",
    name: "If the plan needs more time",
    text: "The plan may need more time because it is missing information it asked for, needs an expert to review, or asked for an exam or test. Then it must tell you and your doctor in writing, with the date it expects to decide. A new date said only on the phone does not move the deadline.",
    startsFrom: "—",
    dmhcSourceId: "hsc-1367.01-h5",
    cdiSourceId: "ins-10123.135-h5",
  },
  {
    id: "grievance",
    name: "Answer to a grievance (complaint to your plan)",
    text: "A DMHC plan resolves a grievance within 30 calendar days.",
    amount: 30,
    unit: "calendar-days",
    startsFrom: "the date the plan received your grievance",
    dmhcSourceId: "hsc-1368.01",
  },
  {
    id: "urgent-grievance",
    name: "Answer to an urgent grievance",
    text: "For an urgent grievance, a DMHC plan sends a written answer or status within 3 calendar days. A grievance is urgent if your health is in serious danger, or you are in severe pain.",
    amount: 3,
    unit: "calendar-days",
    startsFrom: "the date the plan received your grievance",
    dmhcSourceId: "hsc-1368.01-urgent",
  },
  {
    id: "internal-appeal",
    name: "Answer to an appeal to your insurer",
    text: "An insurer decides an appeal about care you have not had yet within 30 days.",
    amount: 30,
    unit: "calendar-days",
    startsFrom: "the date the insurer received your appeal",
    cdiSourceId: "cfr-45-147.136",
    caveat: "This federal rule does not cover “grandfathered” policies (older policies that kept their old rules). Ask your insurer for its timeline.",
  },
  {
    id: "urgent-internal-appeal",
    name: "Answer to an urgent appeal to your insurer",
    text: "If waiting could seriously harm your health, the insurer decides your appeal within 72 hours.",
    amount: 72,
    unit: "hours",
    startsFrom: "the time the insurer received your appeal",
    cdiSourceId: "cfr-45-147.136",
    caveat: "This federal rule does not cover “grandfathered” policies (older policies that kept their old rules). Ask your insurer for its timeline.",
  },
  {
    id: "regulator-complaint",
    name: "When you can go to DMHC",
    text: "You can go to DMHC as soon as the plan answers your grievance, or after 30 days in the grievance process with no answer. If your case is urgent, you can go right away.",
    amount: 30,
    unit: "calendar-days",
    startsFrom: "the date you filed your grievance",
    dmhcSourceId: "hsc-1368.03",
  },
  {
    id: "imr-apply",
    name: "Apply for an Independent Medical Review (IMR)",
    text: "You can apply within 6 months of the plan’s written decision on your grievance. The state office decides if your case gets an Independent Medical Review or is handled as a complaint. Late filing may be allowed for a good reason.",
    amount: 6,
    unit: "months",
    startsFrom: "the date of the plan’s written decision on your grievance",
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
    caveat: "These are the general rules for how long you wait for an appointment. Using them for a second-opinion visit is our reading, so we say “generally”.",
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
    caveat: "These are the general rules for how long you wait for an appointment. Using them for a second-opinion visit is our reading, so we say “generally”.",
  },
] as const;

export type ClockId = (typeof clockList)[number]["id"];

export const clocks: readonly Clock[] = clockList;

export function getClock(id: ClockId): Clock & { amount: number } {
  const clock = clocks.find((candidate) => candidate.id === id);
  if (!clock || clock.amount === undefined) throw new Error(`Clock ${id} has no length`);
  return { ...clock, amount: clock.amount };
}
