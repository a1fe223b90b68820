import type { StepDeclaration } from "./declare";
import { contactedAnswers } from "./options";
import type { SecondOpinionRequest } from "./request";

export const memberServicesQuestions = {
  contacted: { kind: "choice", options: contactedAnswers, required: true, small: true },
  calls: { kind: "calls", required: true },
} as const;

/** One logged call's own questions: the call log's form. */
export const callQuestions = {
  date: { kind: "date", required: true, past: true },
  time: { kind: "time" },
  spokeTo: { kind: "text", printedIn: "grievance" },
  referenceNumber: { kind: "text", printedIn: "grievance", width: "medium", noSpellCheck: true },
  notes: { kind: "text", multiline: true, printedIn: "grievance" },
} as const;

export const memberServicesStep: StepDeclaration<"memberServices", typeof memberServicesQuestions, SecondOpinionRequest> = {
  id: "memberServices",
  number: 2,
  questions: memberServicesQuestions,
  pages: [{ id: "member-services", route: "memberServices", questions: ["contacted", "calls"] }],
  shownWhen: { calls: (request) => request.memberServices.contacted === "yes" },
};
