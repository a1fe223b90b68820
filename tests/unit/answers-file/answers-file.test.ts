import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ANSWERS_FILE_FORMAT, MAX_ANSWERS_FILE_BYTES, answersFileName, answersFileContents } from "@/lib/answers-file/format";
import { describeAnswers, isTooLarge, readAnswersFile } from "@/lib/answers-file/read";
import { emptyRequest } from "@/lib/steps/request";
import { STORAGE_VERSION } from "@/lib/storage/request-storage";
import { completeHmoRequest, FIXTURE_NOW } from "@/tests/support/requests.mjs";

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(FIXTURE_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

/** A file in our frame around any envelope. */
const fileWith = (answers: unknown, formatVersion: unknown = 1) => JSON.stringify({ format: ANSWERS_FILE_FORMAT, formatVersion, answers });
const envelope = (request: unknown, version: unknown = STORAGE_VERSION) => ({ version, savedAt: "2026-12-18T17:00:00.000Z", request });

describe("a saved file read back", () => {
  it("gives back every answer of a complete request, with what it holds and nothing to tell the member", () => {
    const result = readAnswersFile(answersFileContents(completeHmoRequest(), FIXTURE_NOW));
    expect(result).toEqual({
      ok: true,
      answers: { request: completeHmoRequest(), notices: [] },
      summary: { name: "Maria Elena Sánchez", plan: "Blue Shield Trio HMO", carryOnAt: "review", savedOn: "2026-12-21" },
    });
  });

  it("migrates an older storage version inside the file, as the reader of this device's storage does", () => {
    for (const old of [envelope(completeHmoRequest(), 0), { request: completeHmoRequest() }]) {
      const result = readAnswersFile(fileWith(old));
      expect(result.ok && result.answers).toEqual({ request: completeHmoRequest(), notices: [] });
    }
  });

  it("keeps the valid answers and names the ones it reset", () => {
    const request = { ...completeHmoRequest(), aboutYou: { ...completeHmoRequest().aboutYou, hasHelper: true }, decision: "waiting" };
    const result = readAnswersFile(fileWith(envelope(request)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answers.notices).toEqual([
      {
        kind: "fields-reset",
        fields: expect.arrayContaining([
          { section: "aboutYou", field: "hasHelper" },
          { section: "decision", field: "*" },
        ]),
      },
    ]);
    expect(result.answers.request.plan).toEqual(completeHmoRequest().plan);
    // The helper question is unanswered again: the member is sent back to it.
    expect(result.summary.carryOnAt).toBe("aboutYou");
  });
});

describe("files that are refused (and change nothing)", () => {
  const complete = answersFileContents(completeHmoRequest());
  const cases: { name: string; text: string; problem: string }[] = [
    { name: "not JSON", text: "{{{ not JSON", problem: "damaged" },
    { name: "a file cut off half way", text: complete.slice(0, complete.length / 2), problem: "damaged" },
    { name: "an empty file", text: "", problem: "damaged" },
    { name: "a JSON array", text: "[1, 2, 3]", problem: "not-ours" },
    { name: "JSON null", text: "null", problem: "not-ours" },
    { name: "this device's storage envelope on its own", text: JSON.stringify(envelope(completeHmoRequest())), problem: "not-ours" },
    { name: "another tool's file", text: JSON.stringify({ format: "some-other-app", formatVersion: 1, answers: {} }), problem: "not-ours" },
    { name: "our frame with no answers", text: JSON.stringify({ format: ANSWERS_FILE_FORMAT, formatVersion: 1 }), problem: "damaged" },
    { name: "our frame with answers that are no envelope", text: fileWith({ hello: "world" }), problem: "damaged" },
    { name: "our frame with a version that is not a number", text: fileWith(envelope(completeHmoRequest()), "one"), problem: "damaged" },
    { name: "a newer file format", text: fileWith(envelope(completeHmoRequest()), 2), problem: "newer" },
    { name: "a newer storage version inside", text: fileWith(envelope(completeHmoRequest(), STORAGE_VERSION + 1)), problem: "newer" },
    { name: "text over the size limit", text: fileWith(envelope({ doctor: { condition: "x".repeat(MAX_ANSWERS_FILE_BYTES) } })), problem: "too-large" },
  ];
  it.each(cases)("$name: $problem", ({ text, problem }) => {
    expect(readAnswersFile(text)).toEqual({ ok: false, problem });
  });

  it.each([
    { bytes: 2_000, tooLarge: false },
    { bytes: MAX_ANSWERS_FILE_BYTES, tooLarge: false },
    { bytes: MAX_ANSWERS_FILE_BYTES + 1, tooLarge: true },
    { bytes: 20 * 1024 * 1024, tooLarge: true },
  ])("a file of $bytes bytes is too large: $tooLarge", ({ bytes, tooLarge }) => {
    expect(isTooLarge(bytes)).toBe(tooLarge);
  });
});

describe("what a file holds, shown before it replaces anything", () => {
  it.each([
    { name: "a complete request", request: completeHmoRequest(), savedAt: "2026-12-18T17:00:00Z", expected: { name: "Maria Elena Sánchez", plan: "Blue Shield Trio HMO", carryOnAt: "review", savedOn: "2026-12-18" } },
    { name: "nothing answered", request: emptyRequest(), savedAt: undefined, expected: { carryOnAt: "coverage" } },
    {
      name: "coverage and plan only, blank name, an unreadable time",
      request: { ...emptyRequest(), coverage: completeHmoRequest().coverage, plan: completeHmoRequest().plan, aboutYou: { fullName: "   " } },
      savedAt: "yesterday",
      expected: { plan: "Blue Shield Trio HMO", carryOnAt: "aboutYou" },
    },
    // Saved at 11 pm in California on December 20: that is the 21st in UTC, the 20th here.
    { name: "saved late in the evening", request: emptyRequest(), savedAt: "2026-12-21T07:00:00Z", expected: { carryOnAt: "coverage", savedOn: "2026-12-20" } },
  ])("$name", ({ request, savedAt, expected }) => {
    expect(describeAnswers(request, savedAt)).toEqual(expected);
  });
});

describe("the file's name", () => {
  it.each([
    { fullName: "Maria Elena Sánchez", expected: "second-opinion-answers-sanchez-2026-12-21.json" },
    { fullName: "  Ana García López ", expected: "second-opinion-answers-lopez-2026-12-21.json" },
    { fullName: "O'Brien/../../etc", expected: "second-opinion-answers-o-brien-etc-2026-12-21.json" },
    { fullName: "", expected: "second-opinion-answers-2026-12-21.json" },
    { fullName: undefined, expected: "second-opinion-answers-2026-12-21.json" },
    { fullName: "李", expected: "second-opinion-answers-2026-12-21.json" },
  ])("$fullName → $expected", ({ fullName, expected }) => {
    expect(answersFileName(fullName, FIXTURE_NOW)).toBe(expected);
  });
});

describe("the file's text", () => {
  it("is our frame around the same envelope this device stores", () => {
    expect(JSON.parse(answersFileContents(completeHmoRequest(), FIXTURE_NOW))).toEqual({
      format: "second-opinion-ca-answers",
      formatVersion: 1,
      answers: { version: STORAGE_VERSION, savedAt: FIXTURE_NOW.toISOString(), request: completeHmoRequest() },
    });
  });
});
