import type { Statement } from "./schemas";

// Section 2 of the facts sheet: the right itself, common to DMHC plans
// (HSC §1383.15) and CDI policies (Ins. Code §10123.68, parallel).

export const rightPoints: readonly Statement[] = [
  {
    text: "You can ask for a second opinion yourself, or your treating doctor in the plan can ask for you.",
    sourceId: "hsc-1383.15",
    parallelSourceId: "ins-10123.68",
  },
  {
    text: "The plan must provide or approve a second opinion from a qualified health professional. This is a primary care doctor or a specialist with training and experience in your illness or condition.",
    sourceId: "hsc-1383.15",
    parallelSourceId: "ins-10123.68",
  },
  { text: "You choose the doctor. A list from the plan is common practice, not a legal right.", sourceId: "practice" },
  {
    text: "The second opinion is covered by your plan. You pay your usual copay, the same as for a similar referral.",
    sourceId: "ins-10123.68",
    parallelSourceId: "hsc-1383.15",
  },
  {
    text: "The second-opinion doctor sends a report to you and to your first doctor, with any tests or procedures they recommend. The plan may approve more opinions.",
    sourceId: "ins-10123.68",
    parallelSourceId: "hsc-1383.15",
  },
  {
    text: "A denial must be in writing, give the reasons, and explain how to dispute it through the plan’s grievance process.",
    sourceId: "ins-10123.68",
    parallelSourceId: "hsc-1383.15",
  },
  {
    text: "Plans must file their second-opinion timelines with the state and give them to you if you ask.",
    sourceId: "hsc-1383.15",
    parallelSourceId: "ins-10123.68",
  },
  {
    text: "Your Evidence of Coverage must explain how to get a second opinion. The law does not make the plan cover care your contract leaves out.",
    sourceId: "hsc-1383.1",
  },
  {
    text: "An approved second opinion covers the visit (history, exam and the doctor’s opinion). Tests or treatment the second doctor suggests need their own approval.",
    sourceId: "practice",
  },
  {
    text: "The law does not require a written form: you can start by phone or through your doctor’s referral. Confirm everything in writing.",
    sourceId: "practice",
  },
];

/**
 * What the plan's written denial must tell the member (facts sheet, section 2):
 * shown where the member records a denial, and on "If your request was denied".
 */
export const denialNoticeContents: readonly Statement[] = [
  {
    text: "The denial notice must explain clearly why the plan said no.",
    sourceId: "hsc-1367.01-h4",
    parallelSourceId: "ins-10123.135-h4",
  },
  {
    text: "It must name the rules or guidelines the plan used to decide.",
    sourceId: "hsc-1367.01-h4",
    parallelSourceId: "ins-10123.135-h4",
  },
  {
    text: "If the plan says the care is not medically needed, it must give the medical reasons.",
    sourceId: "hsc-1367.01-h4",
    parallelSourceId: "ins-10123.135-h4",
  },
  {
    text: "It must tell you how to file a grievance.",
    sourceId: "hsc-1367.01-h4",
    parallelSourceId: "ins-10123.135-h4",
  },
  {
    text: "The name and phone number of the health professional who denied it go to your doctor, not to you. Your doctor can share them with you.",
    sourceId: "hsc-1367.01-h4",
    parallelSourceId: "ins-10123.135-h4",
  },
];
