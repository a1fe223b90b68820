import type { Statement } from "./schemas";

// Medi-Cal managed care's own track (facts sheet, section 1) after the plan's
// "grievance and appeal" (content/legal/escalation.ts): a State Hearing. Most of these plans are also
// DMHC plans, so the DMHC steps apply as well; the order matters, because a
// State Hearing first closes the way to an Independent Medical Review.

export const mediCalTrack = {
  stateHearing: {
    text: "If the plan still says no, you can ask for a State Hearing within 120 days of the plan’s written appeal decision. You can also ask once the plan has not decided your appeal within 30 days.",
    sourceId: "wic-10951",
  },
  hearingBeforeImr: {
    text: "Choose the order with care. If you have a State Hearing first, you cannot get an Independent Medical Review from DMHC on the same issue later. If you ask for the review first, you can still have a hearing after it.",
    sourceId: "dmhc-imr-faq",
  },
  freeSecondOpinion: {
    text: "As a Medi-Cal member, you have a federal right to a second opinion at no cost. It can be from a doctor in your plan, or the plan must arrange one outside it.",
    sourceId: "cfr-42-438.206",
  },
  contactIds: ["medi-cal-ombudsman", "state-hearings"],
} satisfies Record<string, Statement | readonly string[]>;
