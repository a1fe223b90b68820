import { describe, expect, it } from "vitest";
import { rightPoints } from "@/content/legal";
import { rightPoints as spanishRightPoints } from "@/content/es/legal";
import { AFTER_VISIT_POINTS, deriveNextSteps, type NextStepsView } from "@/lib/next-steps";
import { nextStepsIn } from "@/lib/next-steps/language";
import { english } from "@/lib/next-steps/language-en";
import { spanish } from "@/lib/next-steps/language-es";
import { californiaWinter, requestFor, type Entry } from "./request";

// The next steps in each language: the same outcome, dates, ids and sources,
// in that language's words (tables of requests).

const inEnglish = nextStepsIn(english);
const inSpanish = nextStepsIn(spanish);

function both(entry: Entry, now: Date): { en: NextStepsView; es: NextStepsView } {
  const request = requestFor(entry);
  return {
    en: inEnglish.deriveNextSteps(request, english.deriveRules(request, now), now),
    es: inSpanish.deriveNextSteps(request, spanish.deriveRules(request, now), now),
  };
}

/** Everything but words: kinds, ids, dates, source ids, phone numbers. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => /^(kind|id|date|time|sourceId|number|url|regulator|urgent|grievanceUrgent|appointmentLater|onTimeUntil|receivedDate|appointmentDate)$/.test(key) || typeof (value as Record<string, unknown>)[key] === "object")
        .map(([key, inner]) => [key, shape(inner)]),
    );
  }
  return value;
}

/** Every sentence in a value. */
function sentences(value: unknown): string[] {
  if (typeof value === "string") return value.includes(" ") ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(sentences);
  if (value && typeof value === "object") return Object.values(value).flatMap(sentences);
  return [];
}

const now = californiaWinter("2026-12-21");
const cases: { name: string; entry: Entry; kind: string; at?: Date }[] = [
  { name: "nothing recorded", entry: { received: "2026-12-18" }, kind: "none" },
  { name: "waiting", entry: { received: "2026-12-18", outcome: "waiting" }, kind: "waiting" },
  { name: "approved, DMHC", entry: { received: "2026-12-18", outcome: "approved", appointment: "2027-01-20" }, kind: "approved" },
  { name: "approved, CDI, urgent", entry: { regulator: "cdi", planType: "ppo", urgent: true, received: "2026-12-18", outcome: "approved" }, kind: "approved" },
  { name: "denied, DMHC", entry: { received: "2026-12-10", outcome: "denied", denial: "2026-12-15", denialReason: "No es necesario" }, kind: "denied" },
  { name: "denied, CDI, grievance filed", entry: { regulator: "cdi", planType: "ppo", received: "2026-12-10", outcome: "denied", denial: "2026-12-15", grievanceFiled: "2026-12-16" }, kind: "denied" },
  { name: "denied, regulator not known", entry: { regulator: "not-sure", planType: "ppo", received: "2026-12-10", outcome: "denied", denial: "2026-12-15" }, kind: "denied" },
  { name: "denied, Medi-Cal managed care", entry: { coverage: "medi-cal-managed-care", received: "2026-12-10", outcome: "denied", denial: "2026-12-15" }, kind: "denied" },
  { name: "no answer, overdue", entry: { received: "2026-12-10", outcome: "no-answer" }, kind: "no-answer" },
  { name: "waiting but overdue", entry: { received: "2026-12-10", outcome: "waiting" }, kind: "no-answer" },
  { name: "no answer, not late yet", entry: { received: "2026-12-18", outcome: "no-answer" }, kind: "not-late-yet" },
  { name: "more information asked", entry: { received: "2026-12-18", outcome: "more-info", moreInfoWhat: "Análisis", moreInfoReceived: "2026-12-19" }, kind: "more-info" },
  { name: "Medicare (off-ramp)", entry: { coverage: "original-medicare", regulator: "not-sure", received: "2026-12-18", outcome: "denied" }, kind: "off-ramp" },
];

describe("the next steps in Spanish", () => {
  it.each(cases)("$name: the same steps and dates as in English, in Spanish words", ({ entry, kind, at = now }) => {
    const { en, es } = both(entry, at);
    expect(es.steps.kind).toBe(kind);
    expect(shape(es)).toEqual(shape(en));
    const spanishSentences = sentences(es.steps).filter((sentence) => sentence !== entry.denialReason && sentence !== entry.moreInfoWhat);
    const englishSentences = new Set(sentences(en.steps));
    expect(spanishSentences.filter((sentence) => englishSentences.has(sentence) && /[a-z]{3} [a-z]{3}/.test(sentence) && !/^Health Consumer Alliance/.test(sentence))).toEqual([]);
    expect(spanishSentences.join("\n")).not.toMatch(/on or about|business days|Health and Safety Code|Insurance Code|\bthe plan\b/);
  });

  it("the after-visit points are the report and the covered visit, in both languages", () => {
    expect(rightPoints[AFTER_VISIT_POINTS.report]!.text).toMatch(/^The second-opinion doctor sends a report/);
    expect(rightPoints[AFTER_VISIT_POINTS.visitCovered]!.text).toMatch(/^An approved second opinion covers the visit/);
    for (const index of Object.values(AFTER_VISIT_POINTS)) {
      expect(spanishRightPoints[index]!.sourceId).toBe(rightPoints[index]!.sourceId);
      expect(spanishRightPoints[index]!.parallelSourceId).toBe(rightPoints[index]!.parallelSourceId);
    }
  });

  it("the English binding (lib/next-steps deriveNextSteps) is the English language's", () => {
    for (const { entry } of cases) {
      const request = requestFor(entry);
      const rules = english.deriveRules(request, now);
      expect(deriveNextSteps(request, rules, now)).toEqual(inEnglish.deriveNextSteps(request, rules, now));
    }
  });
});
