import type { StepDeclaration } from "./declare";
import { planTypes, regulatorAnswers } from "./options";
import type { SecondOpinionRequest } from "./request";

export const planQuestions = {
  planType: { kind: "choice", options: planTypes, required: true, small: true },
  regulator: { kind: "choice", options: regulatorAnswers, required: true },
  planName: { kind: "text", required: true, printedIn: "request" },
  memberId: { kind: "text", format: "card-id", required: true, printedIn: "request", width: "medium", autoComplete: "off", noSpellCheck: true },
  groupNumber: { kind: "text", format: "card-id", printedIn: "request", width: "medium", autoComplete: "off", noSpellCheck: true },
  memberServicesPhone: { kind: "text", format: "phone", required: true, width: "medium", autoComplete: "off" },
  planAddress: { kind: "text", multiline: true, printedIn: "request" },
} as const;

export const planStep: StepDeclaration<"plan", typeof planQuestions, SecondOpinionRequest> = {
  id: "plan",
  questions: planQuestions,
  pages: [{ id: "plan", route: "plan", questions: ["planType", "regulator", "planName", "memberId", "groupNumber", "memberServicesPhone", "planAddress"] }],
};
