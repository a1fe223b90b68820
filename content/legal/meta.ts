/** The date a person last checked content/legal against the facts sheet. Update it with every review. */
export const LAST_REVIEWED = "2026-12-04";

export const DISCLAIMER = "General information, not legal advice.";
