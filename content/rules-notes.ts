/** The small words around every legal statement: its source, its contacts, and when it was last checked. */
export const rulesNotes = {
  source: (citation: string) => `(Source: ${citation})`,
  contacts: "Contacts",
  verify: "Please check this before you use it: our source is less certain about it.",
  lastReviewed: "Last reviewed:",
};
