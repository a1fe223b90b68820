import type { DateFormatter } from "@/lib/dates/formatters";
import { isDatePartsEmpty, isoFromDateParts, type DateParts } from "@/lib/dates/date-parts";
import { changeHref } from "@/lib/routes";
import { isShown, pageOf, questionsOf, steps } from "@/lib/steps";
import type { Call, Question } from "@/lib/steps/declare";
import type { RequestSection, SecondOpinionRequest } from "@/lib/steps/request";
import { describeCall, type CallWords } from "./describe-call";

/** What "check your answers" prints of each question: its name, and its options' names. */
export type ReviewWords = Record<RequestSection, Record<string, { label: string; options?: Record<string, { label: string }> }>> & { call: CallWords };

export type SummaryRow = {
  section: RequestSection;
  field: string;
  /** The question, without "(optional)". */
  label: string;
  /** One line per item; empty when not answered. */
  lines: string[];
  /** The question's page, opened to change it (Continue comes back). */
  changeHref: string;
};

// A label's "(optional)" mark, in either language: the review lists answers, not whether they were required.
export const stripOptional = (label: string) => label.replace(/\s*\((optional|opcional)\)$/, "");

function linesFor(question: Question, value: unknown, words: ReviewWords[RequestSection][string], callWords: CallWords, dates: DateFormatter): string[] {
  if (value === undefined || value === null || value === "") return [];
  switch (question.kind) {
    case "text":
      return [String(value)];
    case "time":
      return [dates.formatTime(String(value))];
    case "choice":
      return [words.options?.[String(value)]?.label ?? String(value)];
    case "choices":
      return (value as string[]).map((item) => words.options?.[item]?.label ?? item);
    case "date": {
      const parts = value as DateParts;
      if (isDatePartsEmpty(parts)) return [];
      const iso = isoFromDateParts(parts);
      return [iso ? dates.formatLongDate(iso) : `${parts.month}/${parts.day}/${parts.year}`];
    }
    case "calls":
      return (value as Call[]).map((call, index) => describeCall(call, index, callWords, dates));
    case "flag":
      return [];
  }
}

/** Every question asked, grouped by step in order, with the answers as the member sees them, for "Check your answers". */
export function summarySections(request: SecondOpinionRequest, words: ReviewWords, dates: DateFormatter): { section: RequestSection; rows: SummaryRow[] }[] {
  return steps.map((step) => ({
    section: step.id,
    rows: questionsOf(step).flatMap(([field, question]) => {
      if (question.notReviewed || !isShown(step, field, request)) return [];
      const questionWords = words[step.id][field] ?? { label: field };
      const value = (request[step.id] as Record<string, unknown>)[field];
      return [
        {
          section: step.id,
          field,
          label: stripOptional(questionWords.label),
          lines: linesFor(question, value, questionWords, words.call, dates),
          changeHref: changeHref(pageOf(step.id, field).route, step.id, field),
        },
      ];
    }),
  }));
}
