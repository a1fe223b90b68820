/** Step 4's panel with the member's own due date (a small module: it is in the page's first load). */
export const dueDatesText = {
  heading: "When the plan should answer",
  countedAs: (explanation: string) => `That is ${explanation}.`,
  noDate: "We can work out the date once you tell us when you sent your request.",
  addDateSent: "Add the date you sent it",
  noticeExplains: "The notice must explain how to file a grievance.",
};
