import type { aboutYouQuestions } from "./about-you";
import type { coverageQuestions } from "./coverage";
import type { decisionQuestions } from "./decision";
import type { Answers, Call } from "./declare";
import type { doctorQuestions } from "./doctor";
import type { memberServicesQuestions } from "./member-services";
import type { planQuestions } from "./plan";
import type { submitQuestions } from "./submit";

export type { Call };

/** Everything the member has entered, as stored: the shape follows the questions declared in each step. */
export type SecondOpinionRequest = {
  coverage: Answers<typeof coverageQuestions>;
  plan: Answers<typeof planQuestions>;
  aboutYou: Answers<typeof aboutYouQuestions>;
  doctor: Answers<typeof doctorQuestions>;
  memberServices: Answers<typeof memberServicesQuestions>;
  submit: Answers<typeof submitQuestions>;
  decision: Answers<typeof decisionQuestions>;
};

export type RequestSection = keyof SecondOpinionRequest;

/** A request with nothing answered: every list empty, nothing else set. */
export function emptyRequest(): SecondOpinionRequest {
  return {
    coverage: {},
    plan: {},
    aboutYou: {},
    doctor: {},
    memberServices: { calls: [] },
    submit: { reasons: [], enclosures: [] },
    decision: {},
  };
}

/** The empty request pages start from before the saved answers are read. */
export const EMPTY_REQUEST: SecondOpinionRequest = Object.freeze(emptyRequest());

const isAnswered = (value: unknown): boolean => {
  if (value === undefined || value === null || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.values(value).some(isAnswered);
  return true;
};

/** True when the member has answered anything in one part of the request. */
export const hasAnswersIn = (request: SecondOpinionRequest, section: RequestSection): boolean => isAnswered(request[section]);

/** True when any answer was saved (the start page then offers to continue). */
export function hasAnyAnswer(request: SecondOpinionRequest): boolean {
  return isAnswered(request);
}
