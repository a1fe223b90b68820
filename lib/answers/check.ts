import { isDatePartsEmpty, isoFromDateParts, type DateParts, type IsoDate } from "@/lib/dates/date-parts";
import { todayInCalifornia } from "@/lib/dates/california-today";
import { isOutsideStateLaw } from "@/lib/rules/state-law-scope";
import { isShown, steps, type AnyStep } from "@/lib/steps";
import type { Call, DateQuestion, Question, TextQuestion } from "@/lib/steps/declare";
import { callQuestions } from "@/lib/steps/member-services";
import type { RequestSection, SecondOpinionRequest } from "@/lib/steps/request";

// Whether answers are complete and right, straight from the declarations and
// without zod: the pages use it to know which steps are done as soon as the
// saved answers are read. The forms' zod schemas (lib/answers/schemas.ts) are
// built from the same declarations and these same checks; a property test
// keeps the two in agreement.

export const MAX_TEXT_LENGTH = 5000;
export const CARD_IDENTIFIER_MAX = 40;

/** What is wrong with one answer; its words are the question's messages in content/fields.ts. */
export type Problem =
  | { code: "required" }
  | { code: "too-long"; max: number }
  | { code: "invalid" }
  | { code: "date-incomplete"; missing: ("month" | "day" | "year")[] }
  | { code: "date-year" }
  | { code: "date-not-real" }
  | { code: "date-future" }
  | { code: "date-past" }
  | { code: "date-too-early" }
  | { code: "date-before-other" }
  /** A logged call has a problem of its own. */
  | { code: "call"; index: number; question: keyof typeof callQuestions; problem: Problem };

/**
 * Phone numbers as printed on cards: digits, letters (1-800-FLOWERS), spaces,
 * dashes, dots, brackets, a plus and an extension. Dashes and spaces pasted
 * from web pages and PDFs (non-breaking hyphen, en dash, no-break space) count
 * as ordinary ones.
 */
export function isPhoneNumber(value: string): boolean {
  const trimmed = value
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, "-")
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .trim();
  if (!/^[0-9A-Za-z +().\-/#,]+$/.test(trimmed)) return false;
  const withoutExtension = trimmed.replace(/(?:ext\.?|extension|x|#)\s*\d{1,6}\s*$/i, "");
  const dialable = withoutExtension.replace(/[^0-9A-Za-z]/g, "");
  return dialable.length >= 10 && dialable.length <= 15 && /\d{3}/.test(dialable);
}

export const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

/** Member and group IDs: letters, digits, spaces, dashes, dots and slashes. */
const isCardIdentifier = (value: string) => /^[0-9A-Za-z][0-9A-Za-z .\-/*]*$/.test(value);

const isClockTime = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

function textProblem(question: TextQuestion, value: string | undefined): Problem | undefined {
  const trimmed = value?.trim() ?? "";
  if (!trimmed) return question.required ? { code: "required" } : undefined;
  // Phone numbers and email addresses are bounded by their own shapes; other text by its length.
  const max = question.format === "card-id" ? CARD_IDENTIFIER_MAX : MAX_TEXT_LENGTH;
  const bounded = question.format !== "phone" && question.format !== "email";
  if (bounded && (question.format ? trimmed : (value ?? "")).length > max) return { code: "too-long", max };
  if (question.format === "phone" && !isPhoneNumber(trimmed)) return { code: "invalid" };
  if (question.format === "email" && !isEmail(trimmed)) return { code: "invalid" };
  if (question.format === "card-id" && !isCardIdentifier(trimmed)) return { code: "invalid" };
  return undefined;
}

function dateProblem(question: DateQuestion, parts: DateParts | undefined, other: DateParts | undefined, today: IsoDate): Problem | undefined {
  if (isDatePartsEmpty(parts)) return question.required ? { code: "required" } : undefined;
  const { month, day, year } = parts as DateParts;
  const missing = (["month", "day", "year"] as const).filter((part) => !{ month, day, year }[part].trim());
  if (missing.length > 0) return { code: "date-incomplete", missing };
  if (!/^\d{4}$/.test(year.trim())) return { code: "date-year" };
  const iso = isoFromDateParts(parts);
  if (!iso) return { code: "date-not-real" };
  if (question.past && iso > today) return { code: "date-future" };
  if (question.notPast && iso < today) return { code: "date-past" };
  if (question.notBefore && iso < question.notBefore) return { code: "date-too-early" };
  const otherIso = question.onOrAfter ? isoFromDateParts(other) : undefined;
  if (otherIso && iso < otherIso) return { code: "date-before-other" };
  return undefined;
}

function callProblem(calls: readonly Call[], today: IsoDate): Problem | undefined {
  for (const [index, call] of calls.entries()) {
    for (const [name, question] of Object.entries(callQuestions) as [keyof typeof callQuestions, Question][]) {
      const problem = answerProblem(question, call[name], {}, today);
      if (problem) return { code: "call", index, question: name, problem };
    }
  }
  return undefined;
}

/** The problem with one answer, if any. `answers`: the rest of its step, for rules between answers. */
export function answerProblem(question: Question, value: unknown, answers: Record<string, unknown>, today: IsoDate): Problem | undefined {
  switch (question.kind) {
    case "text":
      return textProblem(question, value as string | undefined);
    case "time":
      return value && !isClockTime(value as string) ? { code: "invalid" } : undefined;
    case "choice":
      return question.required && value === undefined ? { code: "required" } : undefined;
    case "choices":
      return question.required && (value as unknown[] | undefined)?.length === 0 ? { code: "required" } : undefined;
    case "date":
      return dateProblem(question, value as DateParts | undefined, question.onOrAfter ? (answers[question.onOrAfter] as DateParts) : undefined, today);
    case "calls": {
      const calls = (value as Call[] | undefined) ?? [];
      if (question.required && calls.length === 0) return { code: "required" };
      return callProblem(calls, today);
    }
    case "flag":
      return undefined;
  }
}

/**
 * The problems of the questions a step asks (all its pages, or only `only`),
 * given the answers: a question not asked has none.
 */
export function stepProblems(
  step: AnyStep,
  request: SecondOpinionRequest,
  { only, today = todayInCalifornia() }: { only?: readonly string[]; today?: IsoDate } = {},
): Record<string, Problem> {
  const answers = request[step.id] as Record<string, unknown>;
  const problems: Record<string, Problem> = {};
  for (const name of only ?? Object.keys(step.questions)) {
    const question = step.questions[name];
    if (!question || !isShown(step, name, request)) continue;
    const problem = answerProblem(question, answers[name], answers, today);
    if (problem) problems[name] = problem;
  }
  return problems;
}

/** State law does not reach the coverage, and the member has not chosen to go on anyway. */
export function isOffRamped(request: SecondOpinionRequest): boolean {
  return isOutsideStateLaw(request.coverage.source) && request.coverage.continueWithoutStateLaw !== true;
}

/** The steps whose answers are complete. */
export type Completion = ReadonlySet<RequestSection>;

/** A step is complete when every question it asks is answered and right (and an off-ramped member chose to go on). */
export function completedSteps(request: SecondOpinionRequest, today: IsoDate = todayInCalifornia()): Completion {
  return new Set(
    steps
      .filter((step) => Object.keys(stepProblems(step, request, { today })).length === 0)
      .filter((step) => step.id !== "coverage" || !isOffRamped(request))
      .map((step) => step.id),
  );
}
