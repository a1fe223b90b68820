/** The About page's own words around its sections (content/about.ts) and its tools. */
export const aboutPageText = {
  title: "About and privacy",
  lastReviewed: (date: string) => `The rules and deadlines were last reviewed on ${date}. See every rule with its source on`,
  rightsLink: "Your rights",
  deleteHeading: "Delete your answers",
  deleteIntro: "Your answers are kept only in this browser’s storage on this device until you delete them.",
};
