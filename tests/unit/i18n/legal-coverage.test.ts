import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import * as english from "@/content/legal/coverage";
import { coverageRulesSchema } from "@/content/legal/schemas";
import * as spanish from "@/content/es/legal/coverage";
import { coverageSources } from "@/lib/steps/options";
import { expectTranslated, numbersIn } from "./expect-translated";
import { expectGlossaryTerms, stringPairs } from "./legal-glossary";

describe("the coverage rules, in Spanish", () => {
  it("translates the general request and keeps its source", () => {
    expectTranslated(english.generalRequest, spanish.generalRequest);
  });

  it("translates every rule and off-ramp and keeps every id, scope, source and contact", () => {
    expectTranslated(english.coverageRules, spanish.coverageRules);
    expectGlossaryTerms(english.coverageRules, spanish.coverageRules);
  });

  it("keeps the acronyms and program names the member will hear", () => {
    const pairs = stringPairs(english.coverageRules, spanish.coverageRules);
    for (const name of ["DMHC", "CDI", "DHCS", "ERISA", "HICAP", "TRICARE", "VA", "Medicare Advantage", "Covered California", "Medi-Cal"]) {
      for (const [en, es] of pairs) if (new RegExp(`\\b${name}\\b`).test(en)) expect(es).toMatch(new RegExp(`\\b${name}\\b`));
    }
  });

  it("keeps the shape the content schema asks for (one rule per coverage kind)", () => {
    expect(z.safeParse(coverageRulesSchema, spanish.coverageRules).success).toBe(true);
  });

  it("getCoverageRule gives the Spanish rule for every coverage kind, with the same scope and numbers", () => {
    for (const id of coverageSources) {
      const en = english.getCoverageRule(id);
      const es = spanish.getCoverageRule(id);
      expect(es.id).toBe(id);
      expect(es.scope).toBe(en.scope);
      const [enText, esText] = [JSON.stringify(en), JSON.stringify(es)];
      expect(esText).not.toBe(enText);
      expect(numbersIn(esText)).toEqual(numbersIn(enText));
    }
  });
});
