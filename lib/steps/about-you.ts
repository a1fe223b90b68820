import type { StepDeclaration } from "./declare";
import { yesNo } from "./options";
import type { SecondOpinionRequest } from "./request";

export const aboutYouQuestions = {
  fullName: { kind: "text", required: true, printedIn: "request", autoComplete: "name", noSpellCheck: true },
  dateOfBirth: { kind: "date", required: true, past: true, notBefore: "1900-01-01", birthday: true },
  address: { kind: "text", multiline: true, required: true, printedIn: "request", autoComplete: "street-address" },
  phone: { kind: "text", format: "phone", required: true, printedIn: "request", autoComplete: "tel", width: "medium" },
  email: { kind: "text", format: "email", printedIn: "request", autoComplete: "email", noSpellCheck: true },
  hasHelper: { kind: "choice", options: yesNo, required: true, small: true },
  helperName: { kind: "text", required: true, printedIn: "request" },
  helperRelationship: { kind: "text", required: true, printedIn: "request", width: "medium" },
  /** When the helper's authorization ends; none: until the member withdraws it in writing. */
  authorizationEnds: { kind: "date", notPast: true },
} as const;

const helped = (request: SecondOpinionRequest) => request.aboutYou.hasHelper === "yes";

export const aboutYouStep: StepDeclaration<"aboutYou", typeof aboutYouQuestions, SecondOpinionRequest> = {
  id: "aboutYou",
  questions: aboutYouQuestions,
  pages: [{ id: "about-you", route: "aboutYou", questions: ["fullName", "dateOfBirth", "address", "phone", "email", "hasHelper", "helperName", "helperRelationship", "authorizationEnds"] }],
  shownWhen: { helperName: helped, helperRelationship: helped, authorizationEnds: helped },
};
