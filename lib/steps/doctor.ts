import type { StepDeclaration } from "./declare";
import { doctorWillRequestAnswers } from "./options";
import type { SecondOpinionRequest } from "./request";

export const doctorQuestions = {
  name: { kind: "text", required: true, printedIn: "request", noSpellCheck: true },
  specialty: { kind: "text", printedIn: "request", width: "medium" },
  medicalGroup: { kind: "text", printedIn: "request" },
  condition: { kind: "text", multiline: true, required: true, printedIn: "request" },
  recommendedTreatment: { kind: "text", multiline: true, printedIn: "request" },
  willRequest: { kind: "choice", options: doctorWillRequestAnswers, required: true },
  dateDiscussed: { kind: "date", past: true },
} as const;

export const doctorStep: StepDeclaration<"doctor", typeof doctorQuestions, SecondOpinionRequest> = {
  id: "doctor",
  number: 1,
  questions: doctorQuestions,
  pages: [{ id: "doctor", route: "doctor", questions: ["name", "specialty", "medicalGroup", "condition", "recommendedTreatment", "willRequest", "dateDiscussed"] }],
};
