import type { Problem } from "@/lib/answers/check";
import type { aboutYouQuestions } from "./about-you";
import type { coverageQuestions } from "./coverage";
import type { decisionQuestions } from "./decision";
import type { doctorQuestions } from "./doctor";
import type { callQuestions, memberServicesQuestions } from "./member-services";
import type { planQuestions } from "./plan";
import type { submitQuestions } from "./submit";

// The shape of a question's words (content/fields.ts, one per language): the
// types follow the declarations, so a question without its words, or a
// choice without a label for one of its options, fails to compile.

export type OptionWords = { label: string; hint?: string };

/** Which parts of a date are missing, as the date-incomplete message's key: "month", "day,year", … */
export type MissingParts = "month" | "day" | "year" | "month,day" | "month,year" | "day,year";

/**
 * A message for each kind of problem, as plain words (they travel from a
 * server page to its form). A date missing some parts has a message for each
 * combination of them.
 */
export type Messages = { [C in Exclude<Problem["code"], "call" | "date-incomplete">]?: string } & {
  "date-incomplete"?: Record<MissingParts, string>;
};

export type QuestionWords<Q> = {
  label: string;
  hint?: string;
  messages?: Messages;
} & (Q extends { kind: "choice" | "choices"; options: readonly (infer O extends string)[] } ? { options: Record<O, OptionWords> } : unknown);

type StepWords<QS> = { [K in keyof QS]: QuestionWords<QS[K]> };

/** Every question's words, by step: `fieldText.plan.memberId.label`. */
export type FieldWords = {
  coverage: StepWords<typeof coverageQuestions>;
  plan: StepWords<typeof planQuestions>;
  aboutYou: StepWords<typeof aboutYouQuestions>;
  doctor: StepWords<typeof doctorQuestions>;
  memberServices: StepWords<typeof memberServicesQuestions>;
  call: StepWords<typeof callQuestions>;
  submit: StepWords<typeof submitQuestions>;
  decision: StepWords<typeof decisionQuestions>;
};

/** The member-facing message for a problem with an answer. */
export function messageFor(words: { messages?: Messages } | undefined, problem: Problem): string {
  if (problem.code === "call") throw new Error("A call's problem is worded with the call's own question");
  const message =
    problem.code === "date-incomplete" ? words?.messages?.["date-incomplete"]?.[problem.missing.join(",") as MissingParts] : words?.messages?.[problem.code];
  if (message === undefined) throw new Error(`No words for “${problem.code}”`);
  return message;
}
