import type { DateParts } from "@/lib/dates/date-parts";
import { steps } from "@/lib/steps";
import type { Call, Question } from "@/lib/steps/declare";
import { callQuestions } from "@/lib/steps/member-services";
import { MAX_TEXT_LENGTH } from "./check";
import { emptyRequest, type RequestSection, type SecondOpinionRequest } from "@/lib/steps/request";

// Reads saved answers of any shape without zod, following the declarations:
// each answer is kept when it fits its question and reset on its own when it
// does not, so one bad answer never costs the member the others. Keys no
// question declares are ignored: no member typed them here.

export type ResetField = { section: RequestSection; field: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
/** The same answer, whatever order its keys were saved in. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : isRecord(value)
      ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical(value[key])]))
      : value;
const sameValue = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * The longest text kept: ten times what a form accepts, so a long paste the
 * member is still shortening survives a reload, while a value no one typed
 * here (megabytes of it) is reset and named instead of printed in every
 * document and read out on every page.
 */
const MAX_SAVED_TEXT_LENGTH = 10 * MAX_TEXT_LENGTH;

const readText = (value: unknown) => (typeof value === "string" && value.length <= MAX_SAVED_TEXT_LENGTH ? value : undefined);

function readDate(value: unknown): DateParts | undefined {
  if (!isRecord(value)) return undefined;
  const part = (key: keyof DateParts) => (typeof value[key] === "string" ? (value[key] as string) : "");
  return { month: part("month"), day: part("day"), year: part("year") };
}

/** One logged call: kept when it has an id; each of its answers read like a question's. */
function readCall(value: unknown): Call | undefined {
  if (!isRecord(value) || typeof value.id !== "string") return undefined;
  const call: Call = { id: value.id };
  for (const [name, question] of Object.entries(callQuestions)) {
    const answer = readAnswer(question, value[name]);
    if (answer !== undefined) Object.assign(call, { [name]: answer });
  }
  return call;
}

/** The answer as the question can hold it, or undefined (a list: the items that fit). */
function readAnswer(question: Question, value: unknown): unknown {
  switch (question.kind) {
    case "text":
    case "time":
      return readText(value);
    case "choice":
      return typeof value === "string" && question.options.includes(value) ? value : undefined;
    case "choices":
      return Array.isArray(value) ? [...new Set(value.filter((item) => typeof item === "string" && question.options.includes(item)))] : [];
    case "date":
      return readDate(value);
    case "calls":
      return Array.isArray(value) ? value.flatMap((item) => readCall(item) ?? []) : [];
    case "flag":
      return typeof value === "boolean" ? value : undefined;
  }
}

/** The request the saved value holds, and every answer that did not fit and was reset ("*": a whole step). */
export function readRequest(value: unknown): { request: SecondOpinionRequest; reset: ResetField[] } {
  const request = emptyRequest();
  const reset: ResetField[] = [];
  if (!isRecord(value)) return { request, reset };
  for (const step of steps) {
    const stored = value[step.id];
    if (stored === undefined) continue;
    if (!isRecord(stored)) {
      reset.push({ section: step.id, field: "*" });
      continue;
    }
    const answers = request[step.id] as Record<string, unknown>;
    for (const [name, question] of Object.entries(step.questions)) {
      if (stored[name] === undefined || stored[name] === null) continue; // unanswered (an unchosen radio reads as null)
      const answer = readAnswer(question, stored[name]);
      if (answer !== undefined) answers[name] = answer;
      if (!sameValue(stored[name], answer)) reset.push({ section: step.id, field: name });
    }
  }
  return { request, reset };
}
