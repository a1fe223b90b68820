import { isDatePartsEmpty } from "@/lib/dates/date-parts";
import type { StepDeclaration } from "./declare";
import { outcomes, yesNo } from "./options";
import type { SecondOpinionRequest } from "./request";

export const decisionQuestions = {
  planGivenDueDate: { kind: "date" },
  /** The plan's later date came in a written delay notice (only that moves the deadline). */
  planGivenDueDateInWriting: { kind: "choice", options: yesNo, small: true },
  outcome: { kind: "choice", options: outcomes, required: true },
  appointmentDate: { kind: "date" },
  denialDate: { kind: "date", required: true, past: true },
  denialReason: { kind: "text", multiline: true, printedIn: "grievance" },
  moreInfoWhat: { kind: "text", multiline: true, required: true },
  moreInfoReceivedDate: { kind: "date", past: true },
  grievanceFiledDate: { kind: "date", past: true },
  /** Severe pain, or a serious threat to health, makes a grievance urgent even when the request was not. */
  grievanceUrgent: { kind: "choice", options: yesNo, small: true },
  /** The plan's written answer to the grievance: DMHC may be asked at once, and the IMR's 6 months run from it. */
  grievanceDecisionDate: { kind: "date", past: true },
} as const;

const outcomeIs =
  (...chosen: SecondOpinionRequest["decision"]["outcome"][]) =>
  (request: SecondOpinionRequest) =>
    chosen.includes(request.decision.outcome);
const escalated = outcomeIs("denied", "no-answer");

export const decisionStep: StepDeclaration<"decision", typeof decisionQuestions, SecondOpinionRequest> = {
  id: "decision",
  number: 4,
  questions: decisionQuestions,
  pages: [
    {
      id: "decision",
      route: "decision",
      questions: [
        "planGivenDueDate",
        "planGivenDueDateInWriting",
        "outcome",
        "appointmentDate",
        "denialDate",
        "denialReason",
        "moreInfoWhat",
        "moreInfoReceivedDate",
      ],
    },
    // What to do next for the outcome, and the grievance's dates as they happen (the steps shown above them follow).
    { id: "nextSteps", route: "nextSteps", questions: ["grievanceFiledDate", "grievanceUrgent", "grievanceDecisionDate"], alwaysShown: true },
  ],
  shownWhen: {
    planGivenDueDateInWriting: (request) => !isDatePartsEmpty(request.decision.planGivenDueDate),
    appointmentDate: outcomeIs("approved"),
    denialDate: outcomeIs("denied"),
    denialReason: outcomeIs("denied"),
    moreInfoWhat: outcomeIs("more-info"),
    moreInfoReceivedDate: outcomeIs("more-info"),
    grievanceFiledDate: escalated,
    grievanceUrgent: (request) => escalated(request) && request.submit.urgent !== "yes",
    grievanceDecisionDate: escalated,
  },
};
