// Each member sees the law of their own regulator: a CDI policy's member never
// meets a Health and Safety Code section (or DMHC's 28 CCR rules) as the source
// of a rule, and a DMHC plan's member never meets an Insurance Code one. This
// walks everything the rules, the next steps and the documents produce, so a
// statement added with only an HSC source, shown on a CDI path, fails here.
import { english } from "@/lib/documents/language/en";
import { describe, expect, it } from "vitest";
import { buildChecklist } from "@/lib/documents/checklist/model";
import { buildGrievanceLetter } from "@/lib/documents/grievance/model";
import { buildLetter } from "@/lib/documents/letter/model";
import { deriveNextSteps } from "@/lib/next-steps";
import { deriveRules } from "@/lib/rules";
import { datePartsFromIso } from "@/lib/dates/date-parts";
import { coverageSources, outcomes, planTypes, type CoverageSource, type Outcome } from "@/lib/steps/options";
import { emptyRequest } from "@/lib/steps/request";
import { isOutsideStateLaw } from "@/lib/rules/state-law-scope";

const NOW = new Date("2027-03-20T19:00:00Z");

const HSC = /Health and Safety Code|HSC §|28 CCR/;
const INS = /Insurance Code|Ins\. Code|10 CCR|45 CFR/;

type Case = { coverage: CoverageSource; regulator: "dmhc" | "cdi"; planType: (typeof planTypes)[number]; urgent: boolean; outcome: Outcome; grievanceUrgent: boolean; decided: boolean };

function everythingShown({ coverage, regulator, planType, urgent, outcome, grievanceUrgent, decided }: Case): string {
  const request = emptyRequest();
  request.coverage.source = coverage;
  request.plan = { ...request.plan, regulator, planType, planName: "Plan", memberId: "A1" };
  request.submit = { ...request.submit, urgent: urgent ? "yes" : "no", sentMethod: "mail", dateReceived: datePartsFromIso("2027-02-10"), timeReceived: "10:00" };
  request.decision = {
    ...request.decision,
    outcome,
    denialDate: datePartsFromIso("2027-02-20"),
    moreInfoReceivedDate: datePartsFromIso("2027-02-25"),
    grievanceFiledDate: datePartsFromIso("2027-02-22"),
    grievanceUrgent: grievanceUrgent ? "yes" : "no",
    ...(decided ? { grievanceDecisionDate: datePartsFromIso("2027-03-10") } : {}),
  };
  const rules = deriveRules(request, NOW);
  const input = { request, rules, today: "2027-03-20" };
  return JSON.stringify([rules, deriveNextSteps(request, rules, NOW), buildLetter(input, english), buildGrievanceLetter(input, english), buildChecklist(input, english)]);
}

const cases = (regulator: "dmhc" | "cdi"): Case[] =>
  coverageSources
    .filter((coverage) => !isOutsideStateLaw(coverage))
    .flatMap((coverage) =>
      planTypes.flatMap((planType) =>
        outcomes.flatMap((outcome) =>
          [false, true].flatMap((urgent) =>
            [false, true].flatMap((grievanceUrgent) => [false, true].map((decided) => ({ coverage, regulator, planType, urgent, outcome, grievanceUrgent, decided }))),
          ),
        ),
      ),
    );

describe("each member sees their own regulator's law", () => {
  it("a CDI policy's member never sees the Health and Safety Code or DMHC's regulations", () => {
    const strays = cases("cdi").filter((entry) => HSC.test(everythingShown(entry)));
    expect(strays.map((entry) => JSON.stringify(entry)).slice(0, 5)).toEqual([]);
  });

  it("a DMHC plan's member never sees the Insurance Code or the insurers' federal appeal rule", () => {
    const strays = cases("dmhc").filter((entry) => INS.test(everythingShown(entry)));
    expect(strays.map((entry) => JSON.stringify(entry)).slice(0, 5)).toEqual([]);
  });

  it("the check would catch a stray citation", () => {
    const cdi = everythingShown({ coverage: "individual", regulator: "cdi", planType: "ppo", urgent: false, outcome: "denied", grievanceUrgent: false, decided: false });
    expect(INS.test(cdi)).toBe(true);
    expect(HSC.test(cdi.replace("California Insurance Code §10123.68", "California Health and Safety Code §1383.15"))).toBe(true);
  });
});
