// The two things built from the declarations must never disagree: the check
// that says which steps are complete on page load (lib/answers/check.ts, no
// zod) and the forms' zod schemas (lib/answers/schemas.ts). If they did, a
// member could be sent back to a step whose form then says nothing is wrong,
// or be let through with an answer the form would refuse.
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fieldText } from "@/content/fields";
import { stepProblems } from "@/lib/answers/check";
import { pageSchema } from "@/lib/answers/schemas";
import { datePartsFromIso } from "@/lib/dates/date-parts";
import { pages, steps } from "@/lib/steps";
import type { Question } from "@/lib/steps/declare";
import { callQuestions } from "@/lib/steps/member-services";
import { emptyRequest, type SecondOpinionRequest } from "@/lib/steps/request";
import { FIXTURE_NOW } from "@/tests/support/requests.mjs";

beforeEach(() => {
  vi.setSystemTime(FIXTURE_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

type Words = Parameters<typeof pageSchema>[3];

const text = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom("", "   ", "\n", "Maria", "1-800-555-0100", "(916) 555-0142 ext. 12", "name@example.com", "XKH 123-456-789", "GRP#1", "555-0142"),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(5000, 5001, 40, 41).map((length) => "a".repeat(length)),
);
const realDate = fc
  .date({ min: new Date("1899-06-01T12:00:00Z"), max: new Date("2027-06-01T12:00:00Z"), noInvalidDate: true })
  .map((date) => datePartsFromIso(date.toISOString().slice(0, 10)));
const date = fc.oneof(
  fc.constant(undefined),
  realDate,
  fc.record({ month: fc.constantFrom("", "2", "13", "x"), day: fc.constantFrom("", "30", "1"), year: fc.constantFrom("", "26", "2026", "2027") }),
);
const time = fc.oneof(fc.constant(undefined), fc.constantFrom("", "00:00", "15:00", "23:59", "24:00", "3pm"));

function answerFor(question: Question): fc.Arbitrary<unknown> {
  switch (question.kind) {
    case "text":
      return text;
    case "time":
      return time;
    case "date":
      return date;
    case "choice":
      return fc.option(fc.constantFrom(...question.options), { nil: undefined });
    case "choices":
      return fc.subarray([...question.options]);
    case "flag":
      return fc.option(fc.boolean(), { nil: undefined });
    case "calls":
      return fc.array(
        fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), date, time, spokeTo: text, referenceNumber: text, notes: text }) as fc.Arbitrary<unknown>,
        { maxLength: 2 },
      );
  }
}

const request: fc.Arbitrary<SecondOpinionRequest> = fc.record(
  Object.fromEntries(steps.map((step) => [step.id, fc.record(Object.fromEntries(Object.entries(step.questions).map(([name, question]) => [name, answerFor(question)])))])),
) as unknown as fc.Arbitrary<SecondOpinionRequest>;

/** The questions the zod schema refuses, and those check.ts finds a problem with. */
function disagreement(answers: SecondOpinionRequest, questions: readonly string[], stepId: SecondOpinionRequest extends never ? never : (typeof steps)[number]["id"]) {
  const step = steps.find((candidate) => candidate.id === stepId)!;
  const result = pageSchema(step, questions, answers, fieldText[step.id] as unknown as Words, fieldText.call as unknown as Words).safeParse(answers[step.id]);
  const refused = new Set(result.success ? [] : result.error.issues.map((issue) => String(issue.path[0])));
  const problems = new Set(Object.keys(stepProblems(step, answers, { only: questions })));
  return { refused: [...refused].sort(), problems: [...problems].sort() };
}

describe("the forms' zod schemas and the completeness check agree", () => {
  it("on every step, for random answers: the same questions are wrong", () => {
    fc.assert(
      fc.property(request, (answers) => {
        for (const step of steps) {
          const { refused, problems } = disagreement(answers, Object.keys(step.questions), step.id);
          expect(refused, step.id).toEqual(problems);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("on every page, for random answers: Continue refuses exactly when the page is not complete", () => {
    fc.assert(
      fc.property(request, (answers) => {
        for (const page of pages) {
          const { refused, problems } = disagreement(answers, page.questions, page.step);
          expect(refused, page.id).toEqual(problems);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("and on the empty request", () => {
    for (const step of steps) expect(disagreement(emptyRequest(), Object.keys(step.questions), step.id).refused.length > 0).toBe(Object.values(step.questions).some((question) => question.required));
  });

  it("the call log's questions are part of it", () => {
    expect(Object.keys(callQuestions)).toEqual(["date", "time", "spokeTo", "referenceNumber", "notes"]);
  });
});
