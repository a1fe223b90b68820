import type { StepDeclaration } from "./declare";
import { coverageSources } from "./options";
import type { SecondOpinionRequest } from "./request";

export const coverageQuestions = {
  source: { kind: "choice", options: coverageSources, required: true },
  /** The member read the "state law does not apply" page and chose to go on. */
  continueWithoutStateLaw: { kind: "flag", notReviewed: true },
} as const;

export const coverageStep: StepDeclaration<"coverage", typeof coverageQuestions, SecondOpinionRequest> = {
  id: "coverage",
  questions: coverageQuestions,
  pages: [{ id: "coverage", route: "coverage", questions: ["source"] }],
};
