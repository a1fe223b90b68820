/**
 * Every path of the app, in one place: pages, links and the flow use these
 * keys, never a literal "/request/…". A page's title is its key's words in
 * content/page-titles.ts.
 */
export const routes = {
  start: "/",
  rights: "/rights",
  ifDenied: "/if-denied",
  about: "/about",
  coverage: "/request/coverage",
  notCovered: "/request/not-covered",
  regulatorFinder: "/request/regulator",
  plan: "/request/plan",
  aboutYou: "/request/about-you",
  doctor: "/request/doctor",
  memberServices: "/request/member-services",
  submit: "/request/submit",
  submitUrgency: "/request/submit/urgency",
  submitDoctor: "/request/submit/doctor",
  submitRecords: "/request/submit/records",
  submitDocuments: "/request/submit/documents",
  submitSending: "/request/submit/sending",
  decision: "/request/decision",
  nextSteps: "/request/decision/next-steps",
  review: "/request/review",
  documents: "/request/documents",
  letter: "/request/documents/letter",
  checklist: "/request/documents/checklist",
  blankChecklist: "/request/documents/checklist/blank",
  grievance: "/request/documents/grievance",
  timeline: "/request/documents/timeline",
  regulatorForm: "/request/documents/regulator-form",
  authorization: "/request/documents/authorization",
} as const;

export type RouteKey = keyof typeof routes;

/** Came here from "Check your answers": Continue goes back there. */
export const CHANGE_PARAM = "change";

/** A question's place on its page, for "Change" links and error links: `<step>-<question>`. */
export const fieldId = (step: string, question: string) => `${step}-${question}`;

/** A question on its page, focused on arrival; Continue then goes on as usual. */
export const questionHref = (route: RouteKey, step: string, question: string) => `${routes[route]}#${fieldId(step, question)}`;

/** The page of a question, opened to change it from "Check your answers" (Continue then comes back). */
export const changeHref = (route: RouteKey, step: string, question: string) => `${routes[route]}?${CHANGE_PARAM}=1#${fieldId(step, question)}`;
