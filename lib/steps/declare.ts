import type { DateParts, IsoDate } from "@/lib/dates/date-parts";
import type { RouteKey } from "@/lib/routes";

// How a question is declared, once, in the step it belongs to. Everything else
// about it is derived from the declaration: the tolerant reader of saved
// answers (lib/answers/read.ts), the check that says a step is complete
// (lib/answers/check.ts), the forms' zod schemas (lib/answers/schemas.ts), the
// rows of "check your answers" (lib/review/summary-rows.ts) and what the
// documents print. Its words (label, hint, options, messages) are looked up by
// `<step>.<question>` in content/fields.ts.

type Common = {
  /** Must be answered whenever it is asked. */
  required?: true;
  /** Never on "check your answers" (a flag the member does not type). */
  notReviewed?: true;
  /** Typed text the documents print: the request letter and checklist ("request"), or only the grievance letter. */
  printedIn?: "request" | "grievance";
};

export type TextQuestion = Common & {
  kind: "text";
  /** Checked shapes for IDs and numbers people copy from cards. */
  format?: "phone" | "email" | "card-id";
  multiline?: true;
  /** How the field looks and helps: the browser's autofill, its width, no spelling marks under names and IDs. */
  autoComplete?: string;
  width?: "short" | "medium";
  noSpellCheck?: true;
};
export type ChoiceQuestion = Common & {
  kind: "choice";
  options: readonly string[];
  /** Short answers (yes/no): smaller radios. */
  small?: true;
};
export type ChoicesQuestion = Common & { kind: "choices"; options: readonly string[] };
export type DateQuestion = Common & {
  kind: "date";
  /** Today or before (California's today). */
  past?: true;
  /** Today or after (California's today): an end date. */
  notPast?: true;
  /** Not before this date (a date of birth after 1900). */
  notBefore?: IsoDate;
  /** Not before the date answered to this other question of the same step (received on or after sent). */
  onOrAfter?: string;
  birthday?: true;
};
export type TimeQuestion = Common & { kind: "time" };
/** The log of calls to member services: any number of calls, each checked on its own. */
export type CallsQuestion = Common & { kind: "calls" };
/** A yes/no the app sets, not a question the member is asked (the off-ramp's "go on anyway"). */
export type FlagQuestion = Common & { kind: "flag" };

export type Question = TextQuestion | ChoiceQuestion | ChoicesQuestion | DateQuestion | TimeQuestion | CallsQuestion | FlagQuestion;
export type Questions = Record<string, Question>;

/** One call to member services as logged. */
export type Call = {
  id: string;
  date?: DateParts;
  time?: string;
  spokeTo?: string;
  referenceNumber?: string;
  notes?: string;
};

/** The answer a question holds. Lists are always there (empty when nothing is chosen). */
export type AnswerOf<Q> = Q extends { kind: "text" | "time" }
  ? string
  : Q extends { kind: "choice"; options: readonly (infer O)[] }
    ? O
    : Q extends { kind: "choices"; options: readonly (infer O)[] }
      ? O[]
      : Q extends { kind: "date" }
        ? DateParts
        : Q extends { kind: "calls" }
          ? Call[]
          : Q extends { kind: "flag" }
            ? boolean
            : never;

type ListKeys<QS> = { [K in keyof QS]: QS[K] extends { kind: "choices" | "calls" } ? K : never }[keyof QS];

/** A step's answers: every question may be unanswered, but lists are always present. */
export type Answers<QS extends Questions> = { [K in Exclude<keyof QS, ListKeys<QS>>]?: AnswerOf<QS[K]> } & {
  [K in ListKeys<QS>]: AnswerOf<QS[K]>;
};

/** One page of a step: its route and the questions it asks, in order. */
export type PageDeclaration<Field extends string> = {
  id: string;
  route: RouteKey;
  questions: readonly Field[];
  /** It shows something besides its questions (what to do next), so it is not skipped when none of them is asked. */
  alwaysShown?: true;
};

/**
 * A step: the four of the journey are numbered; the rest come "before you
 * start". `shownWhen` says when a question is asked at all: a question not
 * asked is not checked, not reviewed and not printed (its answer is kept, in
 * case the member changes their mind).
 */
export type StepDeclaration<Id extends string, QS extends Questions, Request> = {
  id: Id;
  number?: 1 | 2 | 3 | 4;
  questions: QS;
  pages: readonly PageDeclaration<keyof QS & string>[];
  shownWhen?: { readonly [K in keyof QS]?: (request: Request) => boolean };
};
