import type { StepDeclaration } from "./declare";
import { enclosureIds, inNetworkAnswers, reasonIds, sentMethods, yesNo } from "./options";
import type { SecondOpinionRequest } from "./request";

export const submitQuestions = {
  reasons: { kind: "choices", options: reasonIds, required: true },
  otherReason: { kind: "text", multiline: true, required: true, printedIn: "request" },
  urgent: { kind: "choice", options: yesNo, required: true, small: true },
  secondDoctorName: { kind: "text", printedIn: "request", noSpellCheck: true },
  secondDoctorSpecialty: { kind: "text", printedIn: "request", width: "medium" },
  secondDoctorInNetwork: { kind: "choice", options: inNetworkAnswers, small: true },
  outOfNetworkRequested: { kind: "choice", options: yesNo, required: true, small: true },
  outOfNetworkReason: { kind: "text", multiline: true, required: true, printedIn: "request" },
  enclosures: { kind: "choices", options: enclosureIds },
  sentMethod: { kind: "choice", options: sentMethods, required: true },
  dateSent: { kind: "date", required: true, past: true },
  dateReceived: { kind: "date", past: true, onOrAfter: "dateSent" },
  /** "HH:MM", 24-hour, California time: only the 72-hour clock needs it. */
  timeReceived: { kind: "time" },
  /** The plan's reference or confirmation number for the request itself (calls have their own). */
  requestReference: { kind: "text", printedIn: "grievance", width: "medium", noSpellCheck: true },
} as const;

const sent = (request: SecondOpinionRequest) => request.submit.sentMethod !== undefined && request.submit.sentMethod !== "not-yet";
const outOfNetwork = (request: SecondOpinionRequest) => request.submit.secondDoctorInNetwork === "no";

export const submitStep: StepDeclaration<"submit", typeof submitQuestions, SecondOpinionRequest> = {
  id: "submit",
  number: 3,
  questions: submitQuestions,
  pages: [
    { id: "submit", route: "submit", questions: ["reasons", "otherReason"] },
    { id: "submitUrgency", route: "submitUrgency", questions: ["urgent"] },
    {
      id: "submitDoctor",
      route: "submitDoctor",
      questions: ["secondDoctorName", "secondDoctorSpecialty", "secondDoctorInNetwork", "outOfNetworkRequested", "outOfNetworkReason"],
    },
    { id: "submitRecords", route: "submitRecords", questions: ["enclosures"] },
    // The letter and checklist, filled in from the answers so far: nothing to answer.
    { id: "submitDocuments", route: "submitDocuments", questions: [] },
    { id: "submitSending", route: "submitSending", questions: ["sentMethod", "dateSent", "dateReceived", "requestReference", "timeReceived"] },
  ],
  shownWhen: {
    // A form may hand back no list at all before a box is ticked.
    otherReason: (request) => (request.submit.reasons ?? []).includes("other"),
    outOfNetworkRequested: outOfNetwork,
    outOfNetworkReason: (request) => outOfNetwork(request) && request.submit.outOfNetworkRequested === "yes",
    dateSent: sent,
    dateReceived: sent,
    timeReceived: (request) => sent(request) && request.submit.urgent === "yes",
    requestReference: sent,
  },
};
