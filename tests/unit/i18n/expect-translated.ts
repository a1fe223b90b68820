import { expect } from "vitest";
import type { DataKey } from "@/lib/i18n/translated";

const DATA_KEYS = new Set<string>([
  "id", "kind", "route", "url", "number", "amount", "unit", "sourceId", "sourceIds", "parallelSourceId", "dmhcSourceId",
  "cdiSourceId", "statuteSourceId", "grievanceSourceId", "contactIds", "dmhcContactIds", "cdiContactIds", "imrClockId",
  "scope", "regulator", "month", "day", "weekday", "n", "daysAfter", "stateOfficesClose", "dates", "saturdayToFriday", "verify",
] satisfies DataKey[]);

/** The numbers a sentence carries (days, hours, phone numbers, sections), in order of size so word order may differ. */
export const numbersIn = (text: string) => (text.match(/\d+(?:[.,:-]\d+)*/g) ?? []).map((n) => n.replace(/,(?=\d{3}\b)/g, "")).sort();

type Options = {
  /** Words that are the same in both languages: names, acronyms, citations (listed, so nothing slips through untranslated). */
  sameInBoth?: readonly string[];
  /** Paths (as reported, e.g. "clocks.2.text") whose numbers may differ, each with its reason in a comment beside it. */
  numbersMayDiffer?: readonly string[];
};

type Problem = { path: string; problem: string; english: unknown; spanish: unknown };

function compare(english: unknown, spanish: unknown, path: string, key: string, options: Options, problems: Problem[]) {
  const add = (problem: string) => problems.push({ path, problem, english, spanish });
  if (DATA_KEYS.has(key)) {
    if (JSON.stringify(english) !== JSON.stringify(spanish)) add("data must be the same in both languages");
    return;
  }
  if (typeof english === "string") {
    if (typeof spanish !== "string") return add("not a string");
    if (english === spanish && /[a-z]{2}/i.test(english) && !options.sameInBoth?.includes(english)) add("not translated");
    if (!options.numbersMayDiffer?.includes(path) && numbersIn(english).join(" ") !== numbersIn(spanish).join(" ")) add("numbers differ");
    return;
  }
  if (typeof english === "function") {
    if (typeof spanish !== "function") add("not a function");
    return; // a function's words are checked by calling it in the module's own test
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(spanish) || spanish.length !== english.length) return add("list of a different length");
    english.forEach((item, index) => compare(item, spanish[index], `${path}.${index}`, key, options, problems));
    return;
  }
  if (english && typeof english === "object") {
    if (!spanish || typeof spanish !== "object") return add("not an object");
    const spanishKeys = Object.keys(spanish);
    for (const extra of spanishKeys.filter((k) => !(k in english))) problems.push({ path: `${path}.${extra}`, problem: "extra key", english: undefined, spanish: (spanish as Record<string, unknown>)[extra] });
    for (const [k, value] of Object.entries(english)) compare(value, (spanish as Record<string, unknown>)[k], path ? `${path}.${k}` : k, k, options, problems);
    return;
  }
  if (english !== spanish) add("value differs");
}

/**
 * Every word translated, every number kept: walks an English module and its
 * Spanish twin together. Data keys must match exactly; strings must differ
 * (unless listed in `sameInBoth`) and carry the same numbers.
 */
export function expectTranslated(english: unknown, spanish: unknown, options: Options = {}) {
  const problems: Problem[] = [];
  compare(english, spanish, "", "", options, problems);
  expect(problems).toEqual([]);
}
