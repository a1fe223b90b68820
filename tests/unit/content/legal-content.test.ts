import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import * as legal from "@/content/legal";
import * as schemas from "@/content/legal/schemas";
import { authorizationNotes } from "@/content/documents/authorization";
import { escalationSteps, freeHelpStep, mediCalAppealStep } from "@/content/legal/escalation";
import { mediCalTrack } from "@/content/legal/medi-cal";
import { isSourceId } from "@/content/legal/sources";
import { deriveRules, type Citation } from "@/lib/rules";
import { coverageSources, planTypes, regulatorAnswers } from "@/lib/steps/options";
import { emptyRequest } from "@/lib/steps/request";

const root = process.cwd();
/** The facts sheet lives beside the clone (../shared/facts); FACTS_SHEET names it elsewhere. */
const FACTS_SHEET = [
  process.env.FACTS_SHEET,
  path.join(root, "..", "shared", "facts", "california-second-opinion-rules.md"),
  "/work/shared/facts/california-second-opinion-rules.md",
].find((candidate): candidate is string => candidate !== undefined && existsSync(candidate));

/** The phone and fax numbers of the facts sheet's contacts table (section 4), copied here so the test runs anywhere. */
const FACT_SHEET_NUMBERS = [
  "1-888-466-2219",
  "1-877-688-9891",
  "1-800-927-4357",
  "1-888-804-3536",
  "1-800-434-0222",
  "1-800-633-4227",
  "1-866-444-3272",
  "1-888-452-8609",
  "1-800-743-8525",
  "916-255-5241",
];

const PHONE = /(?:\b1[-. ])?\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b/g;
/** 555-0100 to 555-0199 are reserved for fiction: form hints may use them. */
const isFictional = (number: string) => /555[-. ]01\d\d$/.test(number);
const normalise = (number: string) => number.replace(/[^\d]/g, "").replace(/^1(?=\d{10}$)/, "");

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.(ts|tsx|md|json|mdx)$/.test(name) ? [full] : [];
  });
}

/** Everything this part of the app can print: the legal data, the rules and their pages. */
const printedFiles = ["content", "lib/rules", "components/rules", "app/rights", "app/request/not-covered", "app/request/regulator"].flatMap((dir) =>
  filesUnder(path.join(root, dir)),
);

function allRuleCombinations() {
  return coverageSources.flatMap((source) =>
    regulatorAnswers.flatMap((regulator) =>
      planTypes.flatMap((planType) =>
        [false, true].map((urgent) => {
          const request = emptyRequest();
          request.coverage.source = source;
          request.plan.regulator = regulator;
          request.plan.planType = planType;
          request.submit.urgent = urgent ? "yes" : "no";
          request.submit.sentMethod = "mail";
          request.submit.dateReceived = { month: "12", day: "18", year: "2026" };
          request.submit.timeReceived = "15:00";
          request.decision.grievanceFiledDate = { month: "2", day: "1", year: "2027" };
          request.decision.denialDate = { month: "1", day: "15", year: "2027" };
          request.decision.outcome = "denied";
          return deriveRules(request, new Date("2027-01-20T20:00:00Z"));
        }),
      ),
    ),
  );
}

function collect(value: unknown, found: { ids: string[]; citations: Citation[] }): void {
  if (Array.isArray(value)) return value.forEach((item) => collect(item, found));
  if (!value || typeof value !== "object") return;
  for (const [key, child] of Object.entries(value)) {
    if (/sourceId$/i.test(key) && typeof child === "string") found.ids.push(child);
    else if (/sourceIds$/i.test(key) && Array.isArray(child)) found.ids.push(...child.filter((id): id is string => typeof id === "string"));
    else collect(child, found);
  }
  const record = value as Record<string, unknown>;
  if (typeof record.sourceId === "string" && typeof record.citation === "string") found.citations.push(record as Citation);
}

describe("sources", () => {
  it("every source id in content/ resolves to a citation", () => {
    const found = { ids: [] as string[], citations: [] as Citation[] };
    // Every piece of legal content the app shows, by name (not the source list itself).
    const { contacts, coverageRules, generalRequest, regulators, sharedWhoMayGiveOpinion, outOfNetworkRule, regulatorFinder, clocks, reasons, rightPoints, denialNoticeContents, planNotes, californiaHolidayCalendar } = legal;
    collect(
      { contacts, coverageRules, generalRequest, regulators, sharedWhoMayGiveOpinion, outOfNetworkRule, regulatorFinder, clocks, reasons, rightPoints, denialNoticeContents, planNotes, californiaHolidayCalendar, escalationSteps, mediCalAppealStep, freeHelpStep, mediCalTrack, authorizationNotes },
      found,
    );
    const { sources, getSource } = legal;
    expect(found.ids.length).toBeGreaterThan(40);
    const unknown = found.ids.filter((id) => !isSourceId(id));
    expect(unknown).toEqual([]);
    for (const id of found.ids) expect(getSource(id).citation.length).toBeGreaterThan(5);
    expect(new Set(sources.map((source) => source.id)).size).toBe(sources.length);
  });

  it("every citation the rules hand out matches the source list", () => {
    const found = { ids: [] as string[], citations: [] as Citation[] };
    collect(allRuleCombinations(), found);
    expect(found.citations.length).toBeGreaterThan(1000);
    for (const citation of found.citations) {
      const source = legal.getSource(citation.sourceId);
      expect(citation).toMatchObject({ short: source.short, citation: source.citation });
    }
  });

  it("links only to official pages over https", () => {
    for (const source of legal.sources) {
      if (source.url) {
        expect(source.url).toMatch(
          /^https:\/\/(leginfo\.legislature\.ca\.gov|www\.ecfr\.gov|www\.dmhc\.ca\.gov|www\.insurance\.ca\.gov|healthconsumer\.org|www\.medicare\.gov|www\.dol\.gov)(\/|$)/,
        );
      }
    }
  });

  it("has a last-reviewed date that is a real date", () => {
    expect(legal.LAST_REVIEWED).toMatch(/^20\d\d-\d\d-\d\d$/);
    expect(Number.isNaN(Date.parse(legal.LAST_REVIEWED))).toBe(false);
  });
});

describe("phone numbers", () => {
  it("the copied list matches the facts sheet's contacts table", () => {
    // Outside CI the sheet may be missing, and the copy above stands in for it; CI
    // (.ci/run sets REQUIRE_FACTS_SHEET) always has it beside the clone, so there it must be found.
    if (!FACTS_SHEET) {
      expect(process.env.REQUIRE_FACTS_SHEET, "the facts sheet was not found beside the clone").toBeUndefined();
      return;
    }
    const sheet = readFileSync(FACTS_SHEET, "utf8");
    const contactsSection = sheet.slice(sheet.indexOf("## 4. Contacts"), sheet.indexOf("## 5."));
    const numbers = [...contactsSection.matchAll(PHONE)].map((match) => normalise(match[0]));
    expect(new Set(numbers)).toEqual(new Set(FACT_SHEET_NUMBERS.map(normalise)));
  });

  it("every phone number in content/ and the rules pages is from the facts sheet", () => {
    expect(printedFiles.length).toBeGreaterThan(8);
    const allowed = new Set(FACT_SHEET_NUMBERS.map(normalise));
    const strays: string[] = [];
    for (const file of printedFiles) {
      for (const match of readFileSync(file, "utf8").matchAll(PHONE)) {
        if (!isFictional(match[0]) && !allowed.has(normalise(match[0]))) strays.push(`${path.relative(root, file)}: ${match[0]}`);
      }
    }
    expect(strays).toEqual([]);
  });

  it("contacts print the facts sheet's numbers exactly as written there", () => {
    const numbers = legal.contacts.flatMap((contact) => contact.methods.flatMap((method) => ("number" in method ? [method.number] : [])));
    expect(numbers.sort()).toEqual([...FACT_SHEET_NUMBERS].sort());
    expect(legal.getContact("dmhc-mail-fax").verify).toBe(true);
    expect(legal.getContact("hicap").verify).toBe(true);
  });

  it("every phone number the rules hand out is from the facts sheet", () => {
    const text = JSON.stringify(allRuleCombinations());
    const allowed = new Set(FACT_SHEET_NUMBERS.map(normalise));
    for (const match of text.matchAll(PHONE)) expect(allowed.has(normalise(match[0]))).toBe(true);
  });
});

describe("the label myth", () => {
  const myth = [/CDI\W+(?:is\s+|are\s+)?for\s+(?:all\s+)?PPOs?\b/i, /\bPPOs?\b[^.]{0,20}\b(?:are|is|go to|means?)\s+(?:regulated by\s+)?CDI\b/i, /\bPPO\s*(?:=|→|->)\s*CDI/i];

  it("the patterns catch the myth", () => {
    expect(myth.some((pattern) => pattern.test("DMHC for HMOs, CDI for PPOs"))).toBe(true);
    expect(myth.some((pattern) => pattern.test("PPOs are regulated by CDI"))).toBe(true);
  });

  it("nothing in content/ or the rules pages says CDI is for PPOs", () => {
    for (const file of printedFiles) {
      const text = readFileSync(file, "utf8");
      for (const pattern of myth) expect(pattern.test(text), `${path.relative(root, file)} ${pattern}`).toBe(false);
    }
  });

  it("nothing the rules hand out says it either", () => {
    const text = JSON.stringify(allRuleCombinations());
    for (const pattern of myth) expect(pattern.test(text)).toBe(false);
  });
});

describe("bundle", () => {
  it("never imports date-holidays in app code (it is a 1.5 MB test oracle)", () => {
    const appFiles = ["app", "components", "lib", "content"].flatMap((dir) => filesUnder(path.join(root, dir)));
    expect(appFiles.length).toBeGreaterThan(20);
    expect(appFiles.filter((file) => /from\s+["']date-holidays["']|require\(["']date-holidays["']\)/.test(readFileSync(file, "utf8")))).toEqual([]);
  });

  it("runs no zod in the content modules pages load: only content/legal/schemas.ts imports it, and only the tests import that", () => {
    const contentFiles = filesUnder(path.join(root, "content"));
    const withZod = contentFiles.filter((file) => /from\s+["']zod(\/mini)?["']/.test(readFileSync(file, "utf8")));
    expect(withZod.map((file) => path.relative(root, file))).toEqual([path.join("content", "legal", "schemas.ts")]);
    const appFiles = ["app", "components", "lib", "content"].flatMap((dir) => filesUnder(path.join(root, dir)));
    const importsSchemas = appFiles.filter((file) => /^import\s+(?!type\b)[^;]*from\s+["'](\.\/schemas|@\/content\/legal\/schemas)["']/m.test(readFileSync(file, "utf8")));
    expect(importsSchemas).toEqual([]);
  });

  it("uses zod/mini, not classic zod, in content and rules", () => {
    const files = ["content/legal", "lib/rules", "lib/dates"].flatMap((dir) => filesUnder(path.join(root, dir)));
    expect(files.filter((file) => /from\s+["']zod["']/.test(readFileSync(file, "utf8")))).toEqual([]);
  });
});

describe("schemas", () => {
  // The content is fixed data, checked here instead of on the member's phone.
  const checks = [
    ["sources", z.array(schemas.sourceSchema), legal.sources],
    ["contacts", z.array(schemas.contactSchema), legal.contacts],
    ["coverage rules", schemas.coverageRulesSchema, legal.coverageRules],
    ["regulators", z.array(schemas.regulatorSchema), legal.regulators],
    ["shared who-may-give-the-opinion", z.array(schemas.statementSchema), legal.sharedWhoMayGiveOpinion],
    ["out-of-network rule", z.array(schemas.statementSchema), legal.outOfNetworkRule],
    ["regulator finder", z.array(schemas.statementSchema), [legal.regulatorFinder.assumption, legal.regulatorFinder.labelWarning, ...legal.regulatorFinder.checks]],
    ["clocks", z.array(schemas.clockSchema), legal.clocks],
    ["reasons", z.array(schemas.reasonSchema), legal.reasons],
    ["rights", z.array(schemas.statementSchema), legal.rightPoints],
    ["denial notice contents", z.array(schemas.statementSchema), legal.denialNoticeContents],
    [
      "escalation steps",
      z.array(schemas.statementSchema),
      [...Object.values(escalationSteps).flatMap((steps) => Object.values(steps)), mediCalAppealStep, freeHelpStep].map(({ text, sourceId }) => ({ text, sourceId })),
    ],
    ["Medi-Cal track", z.array(schemas.statementSchema), [mediCalTrack.stateHearing, mediCalTrack.hearingBeforeImr, mediCalTrack.freeSecondOpinion]],
    ["holiday calendar", schemas.holidayCalendarSchema, legal.californiaHolidayCalendar],
    ["authorization notes", z.array(schemas.statementSchema), Object.values(authorizationNotes)],
  ] as const;

  it.each(checks)("the %s match their schema", (_name, schema, content) => {
    const result = z.safeParse(schema as z.ZodMiniType, content);
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)).toEqual([]);
  });

  it("turn away what the content must never hold", () => {
    expect(z.safeParse(schemas.statementSchema, { text: "Call your plan.", sourceId: "hsc-9999" }).success).toBe(false);
    const dmhc = legal.getContact("dmhc-help-center");
    const misprinted = { ...dmhc, methods: [{ kind: "phone", label: "Phone", number: "888-466-2219" }] };
    expect(z.safeParse(schemas.contactSchema, misprinted).success).toBe(false);
    expect(z.safeParse(schemas.coverageRulesSchema, legal.coverageRules.slice(1)).success).toBe(false);
    const badSource = { ...legal.sources[0], url: "http://leginfo.legislature.ca.gov/" };
    expect(z.safeParse(schemas.sourceSchema, badSource).success).toBe(false);
  });
});

describe("the wording", () => {
  it("the routine clock is the authorization clock for DMHC and CDI alike, counted from what the plan needs", () => {
    const clock = legal.getClock("routine-decision");
    expect(clock).toMatchObject({ amount: 5, unit: "business-days", dmhcSourceId: "hsc-1367.01", cdiSourceId: "ins-10123.135" });
    expect(clock.text).toMatch(/after it has the information it reasonably needs/);
    expect(legal.getClock("urgent-decision")).toMatchObject({ amount: 72, unit: "hours" });
  });

  it("has one rule for every coverage kind and the five reasons of the law", () => {
    expect(legal.coverageRules.map((rule) => rule.id).sort()).toEqual([...coverageSources].sort());
    expect(legal.reasons.filter((reason) => reason.id !== "other")).toHaveLength(5);
  });

  it("marks the facts sheet's uncertain points with verify or generally", () => {
    const notes = legal.californiaHolidayCalendar.holidays.filter((holiday) => ["lunar-new-year", "genocide-remembrance-day", "juneteenth", "diwali"].includes(holiday.id));
    expect(notes).toHaveLength(4);
    for (const holiday of notes) expect(holiday.note).toMatch(/verify/i);
    for (const id of ["dol-ebsa", "medi-cal-ombudsman", "state-hearings"]) expect(legal.getContact(id).verify).toBe(true);
    expect(legal.getClock("appointment-specialist").text).toMatch(/^Generally/);
    expect(legal.getClock("routine-decision").caveat).toMatch(/not settled/);
  });
});
