import { describe, expect, it } from "vitest";
import { deriveRules, type DerivedRules } from "@/lib/rules";
import { isOutsideStateLaw } from "@/lib/rules/state-law-scope";
import { coverageSources, regulatorAnswers, type CoverageSource, type PlanType, type RegulatorAnswer } from "@/lib/steps/options";
import { emptyRequest } from "@/lib/steps/request";

function rulesFor(source: CoverageSource | undefined, regulator: RegulatorAnswer | undefined, planType: PlanType | undefined = "ppo"): DerivedRules {
  const request = emptyRequest();
  request.coverage.source = source;
  request.plan.regulator = regulator;
  request.plan.planType = planType;
  return deriveRules(request, new Date("2026-12-01T20:00:00Z"));
}

const HSC = "HSC §1383.15";
const INS = "Ins. Code §10123.68";
const D = "dmhc-help-center";
const C = "cdi-hotline";
const HCA = "health-consumer-alliance";

type Row = [CoverageSource, RegulatorAnswer, PlanType, DerivedRules["stateLaw"], DerivedRules["regulator"], boolean, string | null, string[]];

// coverage, regulator answer, plan type → state law, regulator, assumed, statute, contacts
const table: Row[] = [
  // Plans whose rules follow the licence: the answer decides, never the PPO label
  ["job-insured", "dmhc", "ppo", "applies", "dmhc", false, HSC, [D, HCA]],
  ["job-insured", "cdi", "ppo", "depends", "cdi", false, INS, [C, HCA]],
  ["job-insured", "not-sure", "ppo", "depends", "unknown", false, null, [D, C, HCA]],
  ["job-insured", "not-sure", "hmo", "applies", "dmhc", true, HSC, [D, HCA]],
  ["individual", "dmhc", "epo", "applies", "dmhc", false, HSC, [D, HCA]],
  ["individual", "cdi", "ppo", "depends", "cdi", false, INS, [C, HCA]],
  ["individual", "not-sure", "pos", "depends", "unknown", false, null, [D, C, HCA]],
  ["individual", "not-sure", "hmo", "applies", "dmhc", true, HSC, [D, HCA]],
  ["covered-california", "dmhc", "ppo", "applies", "dmhc", false, HSC, [D, HCA]],
  ["covered-california", "cdi", "ppo", "depends", "cdi", false, INS, [C, HCA]],
  ["covered-california", "not-sure", "not-sure", "depends", "unknown", false, null, [D, C, HCA]],
  ["covered-california", "not-sure", "hmo", "applies", "dmhc", true, HSC, [D, HCA]],
  ["medi-cal-managed-care", "dmhc", "hmo", "applies", "dmhc", false, HSC, [D, HCA]],
  ["medi-cal-managed-care", "cdi", "ppo", "depends", "cdi", false, INS, [C, HCA]],
  ["medi-cal-managed-care", "not-sure", "not-sure", "depends", "unknown", false, null, [D, C, HCA]],
  ["medi-cal-managed-care", "not-sure", "hmo", "applies", "dmhc", true, HSC, [D, HCA]],
  // A DMHC answer wins over the label, and a CDI answer wins over "HMO" too (the member read the notice)
  ["job-insured", "cdi", "hmo", "depends", "cdi", false, INS, [C, HCA]],
  // Coverage we cannot place: depends, whatever the regulator. A job plan that may be
  // self-funded names no California statute: federal rules may govern it instead.
  ["job-not-sure", "dmhc", "ppo", "depends", "dmhc", false, null, [D, HCA]],
  ["job-not-sure", "cdi", "ppo", "depends", "cdi", false, null, [C, HCA]],
  ["job-not-sure", "not-sure", "ppo", "depends", "unknown", false, null, [D, C, HCA]],
  ["job-not-sure", "not-sure", "hmo", "depends", "dmhc", true, null, [D, HCA]],
  ["other", "dmhc", "ppo", "depends", "dmhc", false, HSC, [D, HCA]],
  ["other", "cdi", "ppo", "depends", "cdi", false, INS, [C, HCA]],
  ["other", "not-sure", "ppo", "depends", "unknown", false, null, [D, C, HCA]],
  ["other", "not-sure", "hmo", "depends", "dmhc", true, HSC, [D, HCA]],
  // Off-ramps: state law does not apply, whatever the plan answers
  ["original-medicare", "dmhc", "hmo", "does-not-apply", "unknown", false, null, ["medicare", "hicap"]],
  ["original-medicare", "cdi", "ppo", "does-not-apply", "unknown", false, null, ["medicare", "hicap"]],
  ["original-medicare", "not-sure", "not-sure", "does-not-apply", "unknown", false, null, ["medicare", "hicap"]],
  ["medicare-advantage", "dmhc", "hmo", "does-not-apply", "unknown", false, null, ["medicare", "hicap"]],
  ["medicare-advantage", "cdi", "ppo", "does-not-apply", "unknown", false, null, ["medicare", "hicap"]],
  ["medicare-advantage", "not-sure", "not-sure", "does-not-apply", "unknown", false, null, ["medicare", "hicap"]],
  ["job-self-funded", "dmhc", "ppo", "does-not-apply", "unknown", false, null, ["dol-ebsa"]],
  ["job-self-funded", "cdi", "ppo", "does-not-apply", "unknown", false, null, ["dol-ebsa"]],
  ["job-self-funded", "not-sure", "hmo", "does-not-apply", "unknown", false, null, ["dol-ebsa"]],
  ["medi-cal-fee-for-service", "dmhc", "not-sure", "does-not-apply", "unknown", false, null, []],
  ["medi-cal-fee-for-service", "cdi", "not-sure", "does-not-apply", "unknown", false, null, []],
  ["medi-cal-fee-for-service", "not-sure", "not-sure", "does-not-apply", "unknown", false, null, []],
  ["tricare-va", "dmhc", "hmo", "does-not-apply", "unknown", false, null, []],
  ["tricare-va", "cdi", "ppo", "does-not-apply", "unknown", false, null, []],
  ["tricare-va", "not-sure", "not-sure", "does-not-apply", "unknown", false, null, []],
];

describe("coverage × regulator answer → law, regulator, statute and contacts", () => {
  it("covers every coverage kind with every regulator answer", () => {
    for (const source of coverageSources) {
      for (const answer of regulatorAnswers) {
        expect(table.some(([s, r]) => s === source && r === answer), `${source} × ${answer}`).toBe(true);
      }
    }
  });

  it.each(table)("%s, regulator %s, %s → %s, %s (assumed %s), %s", (source, answer, planType, law, regulator, assumed, statute, contactIds) => {
    const rules = rulesFor(source, answer, planType);
    expect(rules.stateLaw).toBe(law);
    expect(rules.regulator).toBe(regulator);
    expect(rules.regulatorIsAssumed).toBe(assumed);
    expect(rules.statute?.short ?? null).toBe(statute);
    // The grievance section goes with the statute: DMHC's grievance clocks, or the Insurance Code section itself.
    expect(rules.grievanceStatute?.short ?? null).toBe(statute === HSC ? "HSC §1368.01" : statute);
    expect(rules.contacts.map((contact) => contact.id)).toEqual(contactIds);
    expect(rules.offRamp !== null).toBe(law === "does-not-apply");
    expect(isOutsideStateLaw(source)).toBe(law === "does-not-apply");
  });
});

describe("details a member sees", () => {
  it("labels the HMO assumption", () => {
    const rules = rulesFor("job-insured", "not-sure", "hmo");
    expect(rules.regulatorNote).toMatch(/HMOs are always licensed by DMHC/);
    expect(rules.statute?.citation).toBe("California Health and Safety Code §1383.15");
  });

  it("never guesses CDI from a PPO label", () => {
    for (const planType of ["ppo", "epo", "pos", "not-sure"] as const) {
      expect(rulesFor("job-insured", "not-sure", planType).regulator).toBe("unknown");
    }
  });

  it("points a member who is not sure to the finder", () => {
    const rules = rulesFor("individual", "not-sure", "ppo");
    expect(rules.regulatorNote).toMatch(/find out/);
  });

  it("explains when a CDI policy is covered", () => {
    expect(rulesFor("job-insured", "cdi").stateLawReason.text).toMatch(/if your policy puts limits on second opinions/);
    expect(rulesFor("job-insured", "cdi").stateLawReason.source.short).toBe(INS);
  });

  it.each([
    ["dmhc", /same medical group/],
    ["cdi", /no same-medical-group limit/i],
  ] as const)("who may give the opinion follows the regulator (%s)", (answer, pattern) => {
    const texts = rulesFor("job-insured", answer).whoMayGiveOpinion.map((item) => item.text).join(" ");
    expect(texts).toMatch(pattern);
    expect(texts).toMatch(/You choose the doctor/);
  });

  it.each([
    ["dmhc", "HSC §1383.15"],
    ["cdi", "Ins. Code §10123.68"],
  ] as const)("cites the out-of-network rule from the %s plan's own code (%s)", (answer, short) => {
    expect(rulesFor("job-insured", answer).outOfNetwork.map((item) => item.source.short)).toEqual([short, short]);
  });

  it("gives the out-of-network rule with travel and cost", () => {
    const texts = rulesFor("individual", "dmhc").outOfNetwork.map((item) => item.text).join(" ");
    expect(texts).toMatch(/outside the network/);
    expect(texts).toMatch(/travel/);
    expect(texts).toMatch(/covered by your plan\. You pay your usual copay/);
  });

  it.each([
    ["dmhc", ["plan-grievance", "regulator-complaint", "imr", "free-help"], "HSC §1368.03"],
    ["cdi", ["plan-grievance", "regulator-complaint", "imr", "free-help"], "Ins. Code §10169"],
  ] as const)("escalation for %s, in order", (answer, steps, regulatorSource) => {
    const escalation = rulesFor("job-insured", answer).escalation;
    expect(escalation.map((step) => step.id)).toEqual(steps);
    expect(escalation.find((step) => step.id === "regulator-complaint")?.source.short).toBe(regulatorSource);
  });

  it("Medi-Cal managed care: the grievance is the plan's appeal, then a State Hearing, with the hearing-before-IMR warning", () => {
    const rules = rulesFor("medi-cal-managed-care", "dmhc", "hmo");
    const appeal = rules.escalation.find((step) => step.id === "plan-grievance");
    expect(appeal?.title).toBe("Appeal to your plan");
    expect(appeal?.text).toMatch(/appeal.*within 60 days/);
    expect(rules.mediCal?.stateHearing.text).toMatch(/within 120 days of the plan’s written appeal decision.*not decided your appeal within 30 days/);
    expect(rules.mediCal?.stateHearing.source.short).toBe("W&I Code §10951");
    expect(rules.mediCal?.hearingBeforeImr.text).toMatch(/State Hearing first, you cannot get an Independent Medical Review/);
    expect(rules.mediCal?.freeSecondOpinion.source.short).toBe("42 CFR §438.206(b)(3)");
    expect(rules.mediCal?.contacts.map((contact) => contact.id)).toEqual(["medi-cal-ombudsman", "state-hearings"]);
    expect(rulesFor("individual", "dmhc", "hmo").mediCal).toBeNull();
  });

  it.each([
    ["original-medicare", /no approval/, /do not need a referral or an approval/, false],
    ["medicare-advantage", /Medicare Advantage/, /72 hours/, true],
    ["job-self-funded", /Self-funded/, /72 hours/, true],
    ["medi-cal-fee-for-service", /no plan approval step/, /no plan to ask for approval/i, false],
    ["tricare-va", /TRICARE/, /Veterans Affairs/, true],
  ] as const)("the %s off-ramp says where to go instead", (source, title, words, generalRequest) => {
    const offRamp = rulesFor(source, undefined).offRamp;
    expect(offRamp?.title).toMatch(title);
    expect([offRamp?.summary.text, ...(offRamp?.whereToGo.map((item) => item.text) ?? [])].join(" ")).toMatch(words);
    expect(offRamp?.generalRequest).toBe(generalRequest);
  });

  it("self-funded plans: the federal external review after the plan's appeal, the Department of Labor, and not for government or church plans", () => {
    const offRamp = rulesFor("job-self-funded", undefined).offRamp;
    const texts = offRamp?.whereToGo ?? [];
    expect(texts.find((item) => /outside review/.test(item.text))?.source.short).toBe("29 CFR §2590.715-2719");
    expect(texts.map((item) => item.text).join(" ")).toMatch(/grandfathered/);
    expect(texts.map((item) => item.text).join(" ")).toMatch(/does not oversee government or church plans/);
    expect(offRamp?.contacts.map((contact) => contact.methods.map((method) => ("number" in method ? method.number : "")).join(" "))).toEqual([
      expect.stringContaining("1-866-444-3272"),
    ]);
  });

  it("Original Medicare: Part B covers a second surgical opinion, and a third if the first two differ", () => {
    const texts = rulesFor("original-medicare", undefined).offRamp?.whereToGo.map((item) => item.text).join(" ");
    expect(texts).toMatch(/If the first two opinions differ, it covers a third/);
    expect(texts).toMatch(/20% of the Medicare-approved amount/);
  });

  it("a job plan the member is not sure about names no California statute, and says why", () => {
    const rules = rulesFor("job-not-sure", "dmhc", "hmo");
    expect(rules.mayBeFederal).toBe(true);
    expect(rules.statute).toBeNull();
    expect(rules.stateLawReason.text).toMatch(/self-funded/);
  });

  it("with nothing answered, says it depends and names no statute", () => {
    const rules = deriveRules(emptyRequest());
    expect(rules).toMatchObject({ stateLaw: "depends", regulator: "unknown", statute: null, urgent: false, deadlines: {} });
    expect(rules.disclaimer).toBe("General information, not legal advice.");
    expect(rules.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
