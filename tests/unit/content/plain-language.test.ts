// Every content module's English prose reads at US grade 8 or below
// (Flesch-Kincaid), scored by tests/support/prose-grade.mjs, the same scorer
// as the built pages' measurement (`npm run prose`).
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { DISCLAIMER } from "@/content/legal/meta";
import { DISCLAIMER as SPANISH_DISCLAIMER } from "@/content/es/legal/meta";
import { scoreProse, scoreSpanishProse } from "../../support/prose-grade.mjs";

const MAX_GRADE = 8;
/** INFLESZ "normal" starts at 55: what a 13-year-old reads, the Spanish counterpart of US grade 8. */
const MIN_SPANISH_EASE = 55;
const contentDir = path.join(process.cwd(), "content");

/** Keys whose values are ids, addresses, codes or citations, not prose. */
const NOT_PROSE_KEYS = new Set([
  "id",
  "url",
  "href",
  "number",
  "address",
  "short",
  "citation",
  "fileName",
  "kind",
  "unit",
  "scope",
  "language",
  "dates",
  "sundayToMonday",
  "saturdayToFriday",
  "LAST_REVIEWED",
  // Word lists for matching the member's answers (content/documents/checklist.ts), not sentences.
  "imagingWords",
  "surgeryWords",
  "surgerySuffixes",
]);
/**
 * Fixed wording the app must carry as it is, not prose to simplify: the
 * disclaimer ("General information, not legal advice.") the brief requires on
 * every page and document.
 */
const FIXED_WORDING = new Set([DISCLAIMER, SPANISH_DISCLAIMER]);

/** sourceId, parallelSourceId, dmhcSourceId, sourceIds, contactIds, …: references to other entries. */
const isReferenceKey = (key: string) => /Ids?$/.test(key);

/**
 * What each parameter of a content function gets: reads as "the date" as a
 * string, and gives "the date" for any field when the function takes an
 * object of details (nextStepsText.callScript.lines), so every branch that
 * needs a value shows its words.
 */
const PLACEHOLDER = "the date";
const placeholder: unknown = new Proxy(Object(PLACEHOLDER) as object, {
  get(target, key) {
    if (typeof key === "symbol" || key in String.prototype) {
      const value = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(PLACEHOLDER) : value;
    }
    return PLACEHOLDER;
  },
});

function collectProse(value: unknown, found: string[], seen = new Set<unknown>()): string[] {
  if (typeof value === "string") {
    // A lower-case token with no space ("by-licence", "not-covered") is a code, not prose.
    if (!FIXED_WORDING.has(value) && !/^[a-z0-9-]+$/.test(value)) found.push(value);
  } else if (typeof value === "function") {
    let result: unknown;
    try {
      result = value(...Array.from({ length: value.length }, () => placeholder));
    } catch {
      return found; // a look-up by id (getClock, getSource, …): not prose
    }
    if (typeof result === "string") found.push(result);
    else if (Array.isArray(result)) found.push(...result.filter((item): item is string => typeof item === "string"));
  } else if (value && typeof value === "object" && !seen.has(value)) {
    seen.add(value);
    const prototype = Object.getPrototypeOf(value);
    if (Array.isArray(value)) value.forEach((item) => collectProse(item, found, seen));
    // Plain data only: the zod schemas in content/legal/schemas.ts are class instances.
    else if (prototype === Object.prototype || prototype === null) {
      for (const [key, item] of Object.entries(value)) {
        if (!NOT_PROSE_KEYS.has(key) && !isReferenceKey(key)) collectProse(item, found, seen);
      }
    }
  }
  return found;
}

function moduleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return moduleFiles(full);
      return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [full] : [];
    })
    .sort();
}

const isSpanish = (file: string) => file.startsWith(path.join(contentDir, "es") + path.sep);

const modules = await Promise.all(
  moduleFiles(contentDir).filter((file) => !isSpanish(file)).map(async (file) => {
    const exports: Record<string, unknown> = await import(file);
    const score = scoreProse(collectProse(exports, []));
    return { module: path.relative(process.cwd(), file), grade: score.sentence ? `grade ${score.grade.toFixed(2)}` : "no prose", score };
  }),
);

it("finds the content modules", () => {
  expect(modules.map(({ module }) => module)).toContain("content/start-page.ts");
});

it.each(modules.map(({ module, grade, score }) => [module, grade, score] as const))("%s: %s (at most 8)", (module, _grade, score) => {
  if (score.sentence === 0) return; // only types, schemas, ids or citations (content/legal/schemas.ts, sources.ts, …)
  const hardest = score.sentences
    .slice(0, 5)
    .map(({ text, grade }) => `  ${grade.toFixed(1)}  ${text}`)
    .join("\n");
  expect(
    score.grade,
    `${module}: Flesch-Kincaid grade ${score.grade.toFixed(2)}, above ${MAX_GRADE} ` +
      `(${score.sentence} sentences, ${score.word} words, ${score.syllable} syllables). Hardest sentences:\n${hardest}\n`,
  ).toBeLessThanOrEqual(MAX_GRADE);
});

const spanishModules = await Promise.all(
  moduleFiles(contentDir).filter(isSpanish).map(async (file) => {
    const exports: Record<string, unknown> = await import(file);
    const score = scoreSpanishProse(collectProse(exports, []));
    return { module: path.relative(process.cwd(), file), ease: score.sentence ? `ease ${score.ease.toFixed(1)}` : "no prose", score };
  }),
);

it("finds the Spanish content modules", () => {
  expect(spanishModules.map(({ module }) => module)).toContain("content/es/start-page.ts");
});

it.each(spanishModules.map(({ module, ease, score }) => [module, ease, score] as const))("%s: %s (at least 55)", (module, _ease, score) => {
  if (score.sentence === 0) return;
  const hardest = score.sentences
    .slice(0, 5)
    .map(({ text, ease }) => `  ${ease.toFixed(1)}  ${text}`)
    .join("\n");
  expect(
    score.ease,
    `${module}: INFLESZ ease ${score.ease.toFixed(1)}, below ${MIN_SPANISH_EASE} ` +
      `(${score.sentence} sentences, ${score.word} words, ${score.syllable} syllables). Hardest sentences:\n${hardest}\n`,
  ).toBeGreaterThanOrEqual(MIN_SPANISH_EASE);
});
