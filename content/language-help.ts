// Words for "help in your language" on Step 2 (the call) and in the next
// steps after a denial. The legal statement, with its sources, is in
// content/legal/language-access.ts; the general line cites no law, for a
// member whose plan is not (or not known to be) under California law.

export const languageHelpText = {
  heading: "Help in your language",
  /** No state law cited: the plan's regulator is not known, or state law does not apply. */
  general: "You can ask your plan for an interpreter when you call. You can also ask whether it can send its letters in your language.",
};
