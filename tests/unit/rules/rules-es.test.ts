import { describe, expect, it } from "vitest";
import { deriveRules as deriveEnglish, rulesWords as englishWords } from "@/lib/rules";
import { deriveRules as deriveSpanish, rulesWords as spanishWords } from "@/lib/rules/es";
import { datePartsFromIso } from "@/lib/dates/date-parts";
import { formatLongDate as spanishLongDate } from "@/lib/dates/format-es";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { completeHmoRequest, FIXTURE_NOW } from "../../support/requests.mjs";

// The Spanish rules are the English rules in other words: for each request,
// the same dates, statuses, ids and sources; every sentence in Spanish.

type Change = (request: SecondOpinionRequest) => void;

const requests: [string, Change][] = [
  ["HMO, DMHC, waiting", () => {}],
  ["PPO, CDI", (r) => ((r.plan.planType = "ppo"), (r.plan.regulator = "cdi"))],
  ["HMO, not sure of the regulator (DMHC assumed)", (r) => (r.plan.regulator = "not-sure")],
  ["PPO, not sure of the regulator", (r) => ((r.plan.planType = "ppo"), (r.plan.regulator = "not-sure"))],
  ["urgent, with the hour received", (r) => ((r.submit.urgent = "yes"), (r.submit.timeReceived = "15:00"))],
  ["urgent, no hour", (r) => (r.submit.urgent = "yes")],
  ["sent, not yet received", (r) => delete (r.submit as Partial<SecondOpinionRequest["submit"]>).dateReceived],
  ["not covered: Original Medicare", (r) => (r.coverage.source = "original-medicare")],
  ["self-funded job plan", (r) => (r.coverage.source = "job-self-funded")],
  ["job plan, not sure (may be federal)", (r) => (r.coverage.source = "job-not-sure")],
  ["Medi-Cal managed care, denied", (r) => ((r.coverage.source = "medi-cal-managed-care"), (r.decision = { outcome: "denied", denialDate: datePartsFromIso("2026-12-20") }))],
  [
    "denied, grievance filed and decided",
    (r) =>
      (r.decision = {
        outcome: "denied",
        denialDate: datePartsFromIso("2026-12-20"),
        grievanceFiledDate: datePartsFromIso("2027-01-04"),
        grievanceDecisionDate: datePartsFromIso("2027-02-01"),
      }),
  ],
  [
    "CDI, denied, urgent grievance",
    (r) => (
      (r.plan.planType = "ppo"),
      (r.plan.regulator = "cdi"),
      (r.decision = { outcome: "denied", denialDate: datePartsFromIso("2026-12-20"), grievanceFiledDate: datePartsFromIso("2026-12-21"), grievanceUrgent: "yes" })
    ),
  ],
  ["no answer, grievance filed", (r) => (r.decision = { outcome: "no-answer", grievanceFiledDate: datePartsFromIso("2027-01-04") })],
  ["more information received", (r) => (r.decision = { outcome: "more-info", moreInfoReceivedDate: datePartsFromIso("2027-03-01") })],
  ["received beyond the holiday list", (r) => ((r.submit.dateSent = datePartsFromIso("2040-12-17")), (r.submit.dateReceived = datePartsFromIso("2040-12-18")))],
];

const requestFor = (change: Change) => {
  const request = completeHmoRequest() as SecondOpinionRequest;
  change(request);
  return request;
};

/** Values that are data, not words: the same in every language. */
const DATA = new Set(["date", "time", "status", "id", "sourceId", "url", "event", "unit", "amount", "regulator", "stateLaw", "number", "kind", "coverage", "contactIds", "lastReviewed"]);

/** The rules with every word replaced by its kind, so two languages compare equal exactly when their data does. */
function dataOf(value: unknown, key = ""): unknown {
  if (typeof value === "string") return DATA.has(key) ? value : "words";
  if (Array.isArray(value)) return value.map((item) => dataOf(item, key));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, dataOf(v, k)]));
  return value;
}

/** Names that are the same in both languages. */
const SAME_IN_BOTH = new Set(["Health Consumer Alliance, healthconsumer.org"]);

/** Every sentence in the rules (strings of several words outside data keys). */
function sentencesOf(value: unknown, key = ""): string[] {
  if (typeof value === "string") return DATA.has(key) || value.split(" ").length < 4 ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => sentencesOf(item, key));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => sentencesOf(v, k));
  return [];
}

describe.each(requests)("Spanish rules: %s", (_, change) => {
  const english = deriveEnglish(requestFor(change), FIXTURE_NOW);
  const spanish = deriveSpanish(requestFor(change), FIXTURE_NOW);

  it("have the same dates, statuses, ids and sources as the English", () => {
    expect(dataOf(spanish)).toEqual(dataOf(english));
  });

  it("say every sentence in Spanish", () => {
    const englishSentences = new Set(sentencesOf(english));
    const untranslated = sentencesOf(spanish).filter((sentence) => englishSentences.has(sentence) && !SAME_IN_BOTH.has(sentence));
    expect(untranslated).toEqual([]);
  });

  it("word every deadline with the Spanish date", () => {
    for (const deadline of Object.values(spanish.deadlines)) {
      if (!deadline.time) expect(deadline.when).toContain(spanishLongDate(deadline.date));
      expect(deadline.summary).not.toBe(english.deadlines[deadline.id]?.summary);
    }
  });
});

describe("Spanish rules in words", () => {
  const english = deriveEnglish(requestFor(() => {}), FIXTURE_NOW);
  const spanish = deriveSpanish(requestFor(() => {}), FIXTURE_NOW);

  it("cite California law in Spanish", () => {
    expect(english.statute?.citation).toBe("California Health and Safety Code §1383.15");
    expect(spanish.statute?.citation).toBe("Código de Salud y Seguridad de California §1383.15");
    expect(spanish.statute?.sourceId).toBe(english.statute?.sourceId);
  });

  it("date the decision in Spanish, skipping Christmas by its Spanish name", () => {
    const due = spanish.deadlines.decisionDue;
    expect(due?.date).toBe("2026-12-28");
    expect(due?.summary).toBe("El plan debería decidir alrededor del lunes, 28 de diciembre de 2026.");
    expect(english.deadlines.decisionDue?.summary).toBe("The plan should decide on or about Monday, December 28, 2026.");
    expect(due?.lengthLabel).toBe("5 días hábiles");
    expect(due?.skippedHolidays.map((holiday) => holiday.date)).toEqual(english.deadlines.decisionDue?.skippedHolidays.map((holiday) => holiday.date));
    expect(due?.skippedHolidays[0]?.name).not.toBe(english.deadlines.decisionDue?.skippedHolidays[0]?.name);
  });

  it("word an urgent clock's hour in Spanish", () => {
    const urgent = deriveSpanish(requestFor((r) => ((r.submit.urgent = "yes"), (r.submit.timeReceived = "15:00"))), FIXTURE_NOW);
    expect(urgent.deadlines.decisionDue?.when).toMatch(/^a más tardar alrededor del lunes, 21 de diciembre de 2026, 3:00 p\. ?m\./);
  });

  it("give the rules' components Spanish words, and the English module English ones", () => {
    expect(spanishWords.dueDates.heading).not.toBe(englishWords.dueDates.heading);
    expect(spanishWords.text.notes.source("x")).not.toBe(englishWords.text.notes.source("x"));
    expect(spanishWords.text.citationFor("hsc-1383.15").citation).toBe("Código de Salud y Seguridad de California §1383.15");
    expect(spanishWords.dates.formatLongDate("2027-03-08")).toBe("lunes, 8 de marzo de 2027");
    expect(spanishWords.denialNoticeContents.map((item) => item.sourceId)).toEqual(englishWords.denialNoticeContents.map((item) => item.sourceId));
  });
});
