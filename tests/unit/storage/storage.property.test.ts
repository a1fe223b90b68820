// Whatever is in localStorage (another app's data, a half-written save, an
// old format, a hand-edited value), loading the member's answers never throws
// and always yields a request every page can use, keeping what is still valid.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readRequest } from "@/lib/answers/read";
import { steps } from "@/lib/steps";
import type { Question } from "@/lib/steps/declare";
import { emptyRequest, type SecondOpinionRequest } from "@/lib/steps/request";
import { loadRequest, saveRequest, STORAGE_KEY, STORAGE_VERSION } from "@/lib/storage/request-storage";

type Kind =
  | { type: "text" }
  | { type: "boolean" }
  | { type: "date" }
  | { type: "calls" }
  | { type: "choice"; values: readonly string[] }
  | { type: "choices"; values: readonly string[] };

const text = { type: "text" } as const;
const date = { type: "date" } as const;
const choice = (values: readonly string[]): Kind => ({ type: "choice", values });
const choices = (values: readonly string[]): Kind => ({ type: "choices", values });

/** What each stored field may hold: the kind of its question (lib/steps), checked here by code of this test's own. */
function kindOf(question: Question): Kind {
  switch (question.kind) {
    case "text":
    case "time":
      return text;
    case "date":
      return date;
    case "flag":
      return { type: "boolean" };
    case "calls":
      return { type: "calls" };
    case "choice":
      return choice(question.options);
    case "choices":
      return choices(question.options);
  }
}
const fieldKinds = Object.fromEntries(
  steps.map((step) => [step.id, Object.fromEntries(Object.entries(step.questions).map(([name, question]) => [name, kindOf(question)]))]),
) as Record<keyof SecondOpinionRequest, Record<string, Kind>>;
const sections = Object.keys(fieldKinds) as (keyof SecondOpinionRequest)[];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
/** Ten times what a form accepts (5,000 characters): longer text was not typed here, and is reset. */
const LONGEST_KEPT_TEXT = 50_000;
const optionalString = (value: unknown) => value === undefined || (typeof value === "string" && value.length <= LONGEST_KEPT_TEXT);
const isDateParts = (value: unknown) =>
  value === undefined ||
  (isRecord(value) &&
    Object.keys(value).every((key) => ["month", "day", "year"].includes(key)) &&
    ["month", "day", "year"].every((key) => typeof value[key] === "string"));

function fieldProblem(kind: Kind, value: unknown): string | undefined {
  switch (kind.type) {
    case "text":
      return optionalString(value) ? undefined : "not a string of at most 50,000 characters";
    case "boolean":
      return value === undefined || typeof value === "boolean" ? undefined : "not a boolean";
    case "date":
      return isDateParts(value) ? undefined : "not {month, day, year} strings";
    case "choice":
      return value === undefined || kind.values.includes(value as string) ? undefined : `not one of ${kind.values.join("|")}`;
    case "choices":
      return Array.isArray(value) &&
        value.every((item) => kind.values.includes(item)) &&
        new Set(value).size === value.length
        ? undefined
        : "not a list of distinct known options";
    case "calls":
      return Array.isArray(value) &&
        value.every(
          (call) =>
            isRecord(call) &&
            typeof call.id === "string" &&
            isDateParts(call.date) &&
            ["time", "spokeTo", "referenceNumber", "notes"].every((key) => optionalString(call[key])),
        )
        ? undefined
        : "not a list of calls";
  }
}

/** Every problem that would make a page trip over this request; empty when it is usable. */
function requestProblems(request: unknown): string[] {
  if (!isRecord(request)) return ["request is not an object"];
  const problems: string[] = [];
  for (const section of sections) {
    const value = request[section];
    if (!isRecord(value)) {
      problems.push(`${section} is not an object`);
      continue;
    }
    for (const [field, fieldValue] of Object.entries(value)) {
      const kind = fieldKinds[section][field];
      if (!kind) problems.push(`${section}.${field} is not a known field`);
      else {
        const problem = fieldProblem(kind, fieldValue);
        if (problem) problems.push(`${section}.${field} is ${problem}: ${JSON.stringify(fieldValue)?.slice(0, 80)}`);
      }
    }
  }
  for (const key of Object.keys(request)) if (!sections.includes(key as never)) problems.push(`unknown section ${key}`);
  return problems;
}

function expectUsable(request: SecondOpinionRequest) {
  expect(requestProblems(request)).toEqual([]);
  // Reading it again changes nothing: what was loaded is what the reader keeps.
  expect(readRequest(JSON.parse(JSON.stringify(request)))).toEqual({ request, reset: [] });
}

/** Every field that was stored comes back unchanged (defaults may fill the rest). */
function expectKept(stored: SecondOpinionRequest, loaded: SecondOpinionRequest) {
  const plain = JSON.parse(JSON.stringify(stored)) as Record<string, Record<string, unknown>>;
  for (const section of sections) {
    for (const [field, value] of Object.entries(plain[section] ?? {})) {
      expect((loaded[section] as Record<string, unknown>)[field], `${section}.${field}`).toEqual(value);
    }
  }
}

const storageWith = (raw: string | null) => ({ getItem: (key: string) => (key === STORAGE_KEY ? raw : null) });

function load(raw: string | null) {
  let result: ReturnType<typeof loadRequest> | undefined;
  expect(() => {
    result = loadRequest(storageWith(raw));
  }).not.toThrow();
  expect(Array.isArray(result?.notices)).toBe(true);
  expectUsable(result!.request);
  return result!;
}

// ---- generators --------------------------------------------------------------

const hugeString = fc
  .tuple(fc.string({ minLength: 1, maxLength: 3, unit: "binary" }), fc.integer({ min: 20_000, max: 300_000 }))
  .map(([chunk, times]) => chunk.repeat(times));
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary" }) },
);
const datePartsArb = fc.record({ month: fc.string(), day: fc.string(), year: fc.string() });

function validFieldArb(kind: Kind): fc.Arbitrary<unknown> {
  switch (kind.type) {
    case "text":
      return anyText;
    case "boolean":
      return fc.boolean();
    case "date":
      return datePartsArb;
    case "choice":
      return fc.constantFrom(...kind.values);
    case "choices":
      return fc.shuffledSubarray([...kind.values]);
    case "calls":
      return fc.array(
        fc.record(
          { id: fc.uuid(), date: datePartsArb, time: fc.string(), spokeTo: anyText, referenceNumber: fc.string(), notes: anyText },
          { requiredKeys: ["id"] },
        ),
        { maxLength: 8 },
      );
  }
}

/** A request a member could really have saved: every field optional, every value well formed. */
const validRequestArb = fc.record(
  Object.fromEntries(
    sections.map((section) => [
      section,
      fc.record(
        Object.fromEntries(Object.entries(fieldKinds[section]).map(([field, kind]) => [field, validFieldArb(kind)])),
        { requiredKeys: [] },
      ),
    ]),
  ) as Record<keyof SecondOpinionRequest, fc.Arbitrary<Record<string, unknown>>>,
) as fc.Arbitrary<SecondOpinionRequest>;

/** Values of any JSON type, including the tricky keys. */
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    anyText,
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "prototype", "toString", "id")), tie("value"), {
      maxKeys: 5,
    }),
  ),
})).value;

/** A request of the right outline whose fields hold values of any type. */
const wronglyTypedRequestArb = fc.record(
  Object.fromEntries(
    sections.map((section) => [
      section,
      fc.oneof(
        { weight: 4, arbitrary: fc.record(Object.fromEntries(Object.keys(fieldKinds[section]).map((field) => [field, jsonish])), { requiredKeys: [] }) },
        { weight: 1, arbitrary: jsonish },
      ),
    ]),
  ),
  { requiredKeys: [] },
);

const versionArb = fc.oneof(
  fc.constantFrom(0, 1, STORAGE_VERSION, STORAGE_VERSION + 1, -1, 1.5, Number.MAX_SAFE_INTEGER),
  fc.integer(),
  fc.string(),
  fc.constant(null),
  fc.constant(undefined),
);

const envelope = (request: unknown, version: unknown = STORAGE_VERSION) =>
  JSON.stringify({ version, savedAt: "2026-11-20T10:00:00.000Z", request });

const saved = (request: SecondOpinionRequest) => {
  let raw = "";
  saveRequest({ setItem: (_key, value) => void (raw = value) }, request);
  return raw;
};

// ---- properties --------------------------------------------------------------

describe("loading saved answers from storage", () => {
  it("knows every step of the request", () => {
    expect(sections).toEqual(Object.keys(emptyRequest()));
  });

  it("gives back exactly what was saved, with no notices", () => {
    fc.assert(
      fc.property(validRequestArb, (request) => {
        const result = load(saved(request));
        expectKept(request, result.request);
        expect(result.notices).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("never throws on any string at all, and starts empty when it is not our data", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string(), fc.string({ unit: "binary" }).map((chunk) => chunk.repeat(5_000))), (raw) => {
        const result = load(raw);
        if (!raw.trimStart().startsWith("{")) expect(result.request).toEqual(emptyRequest());
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on any JSON value, bare or in our envelope at any version", () => {
    fc.assert(
      fc.property(jsonish, versionArb, fc.boolean(), (value, version, wrapped) => {
        load(wrapped ? envelope(value, version) : JSON.stringify(value) ?? "null");
      }),
      { numRuns: 300 },
    );
  });

  it("survives a save cut off at any point (a full disk, a crash mid-write)", () => {
    fc.assert(
      fc.property(validRequestArb, fc.double({ min: 0, max: 1, noNaN: true }), (request, fraction) => {
        const raw = saved(request);
        load(raw.slice(0, Math.floor(raw.length * fraction)));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps every well-formed answer when other fields hold wrong types, and names what was reset", () => {
    fc.assert(
      fc.property(validRequestArb, wronglyTypedRequestArb, versionArb, (good, bad, version) => {
        // Mix: each field comes from the good request unless the bad one overrides it.
        const mixed: Record<string, unknown> = {};
        for (const section of sections) {
          const badSection = (bad as Record<string, unknown>)[section];
          mixed[section] = isRecord(badSection) ? { ...good[section], ...badSection } : badSection ?? good[section];
        }
        const result = load(envelope(mixed, version));
        const reset = result.notices.flatMap((notice) => (notice.kind === "fields-reset" ? notice.fields : []));
        // What storage really holds: JSON (Infinity and NaN become null there).
        const stored = JSON.parse(JSON.stringify(mixed)) as Record<string, unknown>;
        for (const section of sections) {
          const storedSection = stored[section];
          if (!isRecord(storedSection)) continue;
          for (const [field, kind] of Object.entries(fieldKinds[section])) {
            const storedValue = storedSection[field];
            const loadedValue = (result.request[section] as Record<string, unknown>)[field];
            // Nothing stored, or null (what a form's unchosen radio reads as): unanswered, nothing to tell.
            if (storedValue === undefined || storedValue === null) continue;
            if (fieldProblem(kind, storedValue) === undefined && kind.type !== "calls") {
              // A well-formed answer is never lost because a neighbour was broken.
              expect(loadedValue).toEqual(storedValue);
            } else if (JSON.stringify(loadedValue) !== JSON.stringify(storedValue)) {
              // Anything dropped is reported, so the page can tell the member.
              expect(reset).toContainEqual({ section, field });
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("migrates old and unversioned saves, and flags saves from a newer version", () => {
    fc.assert(
      fc.property(validRequestArb, versionArb, (request, version) => {
        const result = load(envelope(request, version));
        if (typeof version === "number" && version > STORAGE_VERSION) {
          expect(result.notices).toContainEqual({ kind: "newer-version" });
        } else {
          expectKept(request, result.request);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("never pollutes Object.prototype through __proto__ keys", () => {
    load('{"version":1,"request":{"__proto__":{"polluted":true},"plan":{"__proto__":{"polluted":true},"planName":"A"}}}');
    load('{"__proto__":{"polluted":true},"request":{}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("copes with storage that is missing, blocked or throws", () => {
    expect(() => loadRequest(undefined)).not.toThrow();
    expectUsable(loadRequest(undefined).request);
    const blocked = {
      getItem: () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    };
    expect(() => loadRequest(blocked)).not.toThrow();
    expect(loadRequest(blocked).request).toEqual(emptyRequest());
    expect(load(null).request).toEqual(emptyRequest());
  });

  const textFields = sections.flatMap((section) =>
    Object.entries(fieldKinds[section])
      .filter(([, kind]) => kind.type === "text")
      .map(([field]) => [section, field] as const),
  );
  const longString = fc
    .tuple(fc.string({ minLength: 1, maxLength: 3, unit: "binary" }), fc.integer({ min: 5_001, max: LONGEST_KEPT_TEXT }))
    .map(([chunk, length]) => chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length));

  it("keeps a long answer in any field, up to ten times what the form accepts (a paste the member is still shortening)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...textFields), longString, ([section, field], long) => {
        const result = load(envelope({ [section]: { [field]: long } }));
        expect((result.request[section] as Record<string, unknown>)[field]).toBe(long);
        expect(result.notices).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it("resets a longer answer in any field, keeps the others, and names the one it reset", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...textFields),
        hugeString.filter((huge) => huge.length > LONGEST_KEPT_TEXT),
        ([section, field], huge) => {
          const neighbour = { section: "aboutYou", field: "fullName", value: "Ana García" } as const;
          const stored: Record<string, Record<string, string>> = { [neighbour.section]: { [neighbour.field]: neighbour.value } };
          stored[section] = { ...stored[section], [field]: huge };
          const result = load(envelope(stored));
          expect((result.request[section] as Record<string, unknown>)[field]).toBeUndefined();
          if (!(section === neighbour.section && field === neighbour.field)) expect(result.request.aboutYou.fullName).toBe(neighbour.value);
          expect(result.notices).toEqual([{ kind: "fields-reset", fields: [{ section, field }] }]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("loads a 5 MB answer without throwing, resets it and names it", () => {
    const huge = "é".repeat(5 * 1024 * 1024);
    const result = load(envelope({ doctor: { name: "Dr. Chen", condition: huge } }));
    expect(result.request.doctor).toEqual({ name: "Dr. Chen" });
    expect(result.notices).toEqual([{ kind: "fields-reset", fields: [{ section: "doctor", field: "condition" }] }]);
  });
});
