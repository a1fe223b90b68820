import type { Statement } from "./schemas";

// Section 2 of the facts sheet: the right itself, common to DMHC plans
// (HSC §1383.15) and CDI policies (Ins. Code §10123.68, parallel).

export const rightPoints: readonly Statement[] = [
  { text: "You can ask for a second opinion yourself, or your treating doctor in the plan can ask for you.", sourceId: "hsc-1383.15" },
  {
    text: "The plan must provide or approve a second opinion from an appropriately qualified health professional: a primary care doctor or specialist with training and experience in your illness or condition.",
    sourceId: "hsc-1383.15",
  },
  { text: "You choose the doctor. A list from the plan is common practice, not a legal right.", sourceId: "practice" },
  { text: "You pay only the copayments your plan charges for similar referrals.", sourceId: "ins-10123.68", parallelSourceId: "hsc-1383.15" },
  {
    text: "The second-opinion doctor sends a report to you and to your first doctor, with any tests or procedures they recommend. The plan may approve more opinions.",
    sourceId: "ins-10123.68",
    parallelSourceId: "hsc-1383.15",
  },
  {
    text: "A denial must be in writing, give the reasons, and explain how to dispute it through the plan’s grievance process.",
    sourceId: "hsc-1368",
    parallelSourceId: "ins-10123.68",
  },
  {
    text: "Plans must file their second-opinion timelines with the state and give them to you if you ask.",
    sourceId: "hsc-1383.15",
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
