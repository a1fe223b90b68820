import * as z from "zod/mini";
import { todayInCalifornia } from "@/lib/dates/california-today";
import { isShown, type AnyStep } from "@/lib/steps";
import type { Question } from "@/lib/steps/declare";
import { callQuestions } from "@/lib/steps/member-services";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { messageFor, type QuestionWords } from "@/lib/steps/words";
import { answerProblem, CARD_IDENTIFIER_MAX, isEmail, isPhoneNumber, MAX_TEXT_LENGTH } from "./check";

// The forms' zod schemas, built from the declarations when a member edits or
// continues (this module and zod load then, never with a page). Each asked
// question gets a field of its kind, with its messages; a question not asked
// is let through. Dates and the call log share their checks with
// lib/answers/check.ts, which says a step is complete without zod; a
// property test keeps the two in agreement.

type Words = Record<string, QuestionWords<unknown> | undefined>;

const isClockTime = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
const dateParts = z.object({ month: z.string(), day: z.string(), year: z.string() });

function textField(question: Extract<Question, { kind: "text" }>, words: QuestionWords<unknown> | undefined) {
  const message = (code: "required" | "invalid") => messageFor(words, { code });
  const max = question.format === "card-id" ? CARD_IDENTIFIER_MAX : MAX_TEXT_LENGTH;
  const measured = (value: string) => (question.format ? value.trim() : value);
  // Phone numbers and email addresses are bounded by their own shapes; other text by its length (said once, not twice).
  const bounded = question.format !== "phone" && question.format !== "email";
  const tooLong = (value: string) => bounded && measured(value).length > max;
  const format = { phone: isPhoneNumber, email: isEmail, "card-id": (value: string) => /^[0-9A-Za-z][0-9A-Za-z .\-/*]*$/.test(value) }[question.format ?? "phone"];
  const checks = [
    ...(question.required ? [z.refine<string>((value) => value.trim().length > 0, message("required"))] : []),
    ...(bounded ? [z.refine<string>((value) => !tooLong(value), messageFor(words, { code: "too-long", max }))] : []),
    ...(question.format ? [z.refine<string>((value) => value.trim() === "" || tooLong(value) || format(value.trim()), message("invalid"))] : []),
  ];
  const field = z.string(question.required ? message("required") : undefined).check(...checks);
  return question.required ? field : z.optional(field);
}

/**
 * A field whose checks come from check.ts (dates, the call log): its problem,
 * in words, lands on the field. A required one is piped, because zod drops
 * the problems of an optional field whose key is absent (never typed, or reset).
 */
function checkedField<T>(base: z.ZodMiniType<T>, required: boolean | undefined, problemsOf: (value: T, ctx: z.core.$RefinementCtx<T>) => void): z.ZodMiniType {
  const field = z.optional(base).check(z.superRefine((value, ctx) => problemsOf(value as T, ctx as z.core.$RefinementCtx<T>)));
  return required ? z.pipe(field, z.transform((value) => value)) : field;
}

/** The zod field for one asked question. `sibling`: the answer a date must not be before (received on or after sent). */
function fieldFor(question: Question, words: QuestionWords<unknown> | undefined, sibling?: unknown, callWords?: Words): z.ZodMiniType {
  switch (question.kind) {
    case "text":
      return textField(question, words);
    case "choice": {
      const options = question.options as [string, ...string[]];
      return question.required ? z.enum(options, messageFor(words, { code: "required" })) : z.optional(z.nullable(z.enum(options)));
    }
    case "choices": {
      const list = z.array(z.enum(question.options as [string, ...string[]]), question.required ? messageFor(words, { code: "required" }) : undefined);
      return question.required ? list.check(z.minLength(1, messageFor(words, { code: "required" }))) : z.optional(list);
    }
    case "time":
      return z.optional(z.string().check(z.refine((value) => value === "" || isClockTime(value), messageFor(words, { code: "invalid" }))));
    case "date":
      return checkedField(dateParts, question.required, (parts, ctx) => {
        const problem = answerProblem(question, parts, question.onOrAfter ? { [question.onOrAfter]: sibling } : {}, todayInCalifornia());
        if (problem) ctx.addIssue({ code: "custom", message: messageFor(words, problem), input: parts });
      });
    case "calls":
      return checkedField(z.array(z.looseObject({ id: z.string() })), question.required, (calls, ctx) => {
        const problem = answerProblem(question, calls ?? [], {}, todayInCalifornia());
        if (!problem) return;
        if (problem.code !== "call") ctx.addIssue({ code: "custom", message: messageFor(words, problem), input: calls });
        else ctx.addIssue({ code: "custom", path: [problem.index, problem.question], message: messageFor(callWords?.[problem.question], problem.problem), input: calls });
      });
    case "flag":
      return z.optional(z.boolean());
  }
}

/**
 * The schema of one page's questions (or a whole step's), given the rest of
 * the member's answers: they decide which questions are asked.
 */
export function pageSchema(step: AnyStep, questions: readonly string[], request: SecondOpinionRequest, words: Words, callWords?: Words) {
  const answers = request[step.id] as Record<string, unknown>;
  const asked = questions.filter((name) => isShown(step, name, request));
  return z.looseObject(
    Object.fromEntries(
      asked.map((name) => {
        const question = step.questions[name] as Question;
        const sibling = question.kind === "date" && question.onOrAfter ? answers[question.onOrAfter] : undefined;
        return [name, fieldFor(question, words[name], sibling, callWords)];
      }),
    ),
  );
}

/** One logged call's schema, for the call log's form. */
export function callSchema(callWords: Words) {
  return z.looseObject(Object.fromEntries(Object.entries(callQuestions).map(([name, question]) => [name, fieldFor(question, callWords[name])])));
}

/** The member's answers checked against a schema: the parsed values, or one message per question. */
type Validation = { ok: true; values: Record<string, unknown> } | { ok: false; errors: Record<string, string> };

export function validate(schema: z.ZodMiniType, values: unknown): Validation {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, values: result.data as Record<string, unknown> };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[String(issue.path[0] ?? "root")] ??= issue.message;
  return { ok: false, errors };
}
