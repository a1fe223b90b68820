import type { Statement } from "./schemas";

// Section 8 of the facts sheet: language access. Plans must offer free
// interpreters and translate vital documents into threshold languages
// (HSC §1367.04; 28 CCR §1300.67.04; for CDI, 10 CCR §2538.5). A member can ask
// for letters in their language and an interpreter on calls, at no cost.

/** For a member whose plan is under state law: a DMHC plan sees the HSC, a CDI policy 10 CCR §2538.5. */
export const languageAccess: Statement = {
  text: "Your plan must offer you a free interpreter. You can ask for one when you call, and ask for the plan’s letters in your language. It costs you nothing.",
  sourceId: "hsc-1367.04",
  parallelSourceId: "ccr-10-2538.5",
};
