/** Step 4's panel with the member's own due date (a small module: it is in the page's first load). */
export const dueDatesText = {
  heading: "When the plan should answer",
  countedAs: (explanation: string) => `That is ${explanation}.`,
  skipped: "Skipped as a state holiday:",
  /** The disclosure that holds how a date was counted and its caution, so the date itself stays short on a phone. */
  howWorkedOut: "How we worked out this date",
  noDate: "We can work out the date once you tell us when you sent your request.",
  addDateSent: "Add the date you sent it",
};
