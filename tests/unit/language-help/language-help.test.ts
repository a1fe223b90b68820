import { describe, expect, it } from "vitest";
import { languageHelpText } from "@/content/language-help";
import { languageHelpText as spanishLanguageHelpText } from "@/content/es/language-help";
import { languageAccess } from "@/content/legal/language-access";
import { languageAccess as spanishLanguageAccess } from "@/content/es/legal/language-access";
import { getContact, getSource } from "@/content/legal";
import { getContact as getSpanishContact, getSource as getSpanishSource } from "@/content/es/legal";
import { rulesNotes } from "@/content/rules-notes";
import { rulesNotes as spanishRulesNotes } from "@/content/es/rules-notes";
import { statementSchema } from "@/content/legal/schemas";
import { languageHelpLine, languageHelpView } from "@/lib/language-help/view";
import { languageHelpIn } from "@/lib/language-help/in";
import { citationsFrom } from "@/lib/rules/citations";
import { deriveRules } from "@/lib/rules";
import type { CoverageSource, PlanType, RegulatorAnswer } from "@/lib/steps/options";
import * as z from "zod/mini";
import { requestFor } from "../next-steps/request";

const english = languageHelpIn("en");
const spanish = languageHelpIn("es");

describe("help in your language (facts sheet, section 8)", () => {
  it("cites the facts sheet's sections: the HSC and 28 CCR for a DMHC plan, 10 CCR for a CDI policy", () => {
    expect(z.safeParse(statementSchema, languageAccess).success).toBe(true);
    expect(z.safeParse(statementSchema, spanishLanguageAccess).success).toBe(true);
    expect(getSource("hsc-1367.04").citation).toBe("California Health and Safety Code §1367.04; 28 CCR §1300.67.04");
    expect(getSource("ccr-10-2538.5").citation).toBe("California Code of Regulations, Title 10, §2538.5");
    expect(english.stateLaw.source).toEqual({
      dmhc: "(Source: California Health and Safety Code §1367.04; 28 CCR §1300.67.04)",
      cdi: "(Source: California Code of Regulations, Title 10, §2538.5)",
    });
    expect(spanish.stateLaw.source).toEqual({
      dmhc: "(Fuente: Código de Salud y Seguridad de California §1367.04; Código de Reglamentos de California, Título 28, §1300.67.04)",
      cdi: "(Fuente: Código de Reglamentos de California, Título 10, §2538.5)",
    });
  });

  it("is the same view whichever way it is built (server helper or the factory)", () => {
    const built = languageHelpView({
      words: spanishLanguageHelpText,
      statement: spanishLanguageAccess,
      sourced: citationsFrom({ getSource: getSpanishSource, getContact: getSpanishContact }).sourced,
      notes: spanishRulesNotes,
    });
    expect(built).toEqual(spanish);
    expect(languageHelpView({ words: languageHelpText, statement: languageAccess, sourced: citationsFrom({ getSource, getContact }).sourced, notes: rulesNotes })).toEqual(english);
  });

  // The line each member sees, from their own answers.
  const cases: { name: string; coverage: CoverageSource; planType?: PlanType; regulator: RegulatorAnswer; stateLaw: boolean; source?: "dmhc" | "cdi" }[] = [
    { name: "a DMHC-licensed job plan", coverage: "job-insured", regulator: "dmhc", stateLaw: true, source: "dmhc" },
    { name: "a CDI-regulated policy", coverage: "job-insured", regulator: "cdi", stateLaw: true, source: "cdi" },
    { name: "a PPO whose regulator is not known", coverage: "job-insured", planType: "ppo", regulator: "not-sure", stateLaw: false },
    { name: "an HMO, even when the member is not sure (every HMO is DMHC-licensed)", coverage: "job-insured", regulator: "not-sure", stateLaw: true, source: "dmhc" },
    { name: "a self-funded job plan (federal law)", coverage: "job-self-funded", regulator: "not-sure", stateLaw: false },
    { name: "Original Medicare", coverage: "original-medicare", regulator: "not-sure", stateLaw: false },
    { name: "Medicare Advantage, even from a DMHC-licensed plan", coverage: "medicare-advantage", regulator: "dmhc", stateLaw: false },
    { name: "Medi-Cal through a health plan", coverage: "medi-cal-managed-care", regulator: "dmhc", stateLaw: true, source: "dmhc" },
    { name: "an individual CDI policy", coverage: "individual", regulator: "cdi", stateLaw: true, source: "cdi" },
  ];

  it.each(cases)("$name: the duty with its source only under state law", ({ coverage, planType, regulator, stateLaw, source }) => {
    const rules = deriveRules(requestFor({ coverage, regulator, ...(planType ? { planType } : {}) }));
    for (const [view, words, statement] of [
      [english, languageHelpText, languageAccess],
      [spanish, spanishLanguageHelpText, spanishLanguageAccess],
    ] as const) {
      const line = languageHelpLine(view, rules);
      if (stateLaw && source) {
        expect(line).toEqual({ text: statement.text, source: view.stateLaw.source[source] });
      } else {
        expect(line).toEqual({ text: words.general });
        expect(line.text).not.toMatch(/§|must|debe/);
      }
    }
  });

  it("says the general line, citing no law, before the answers are read", () => {
    expect(languageHelpLine(english, undefined)).toEqual({ text: languageHelpText.general });
    expect(languageHelpLine(spanish, undefined)).toEqual({ text: spanishLanguageHelpText.general });
  });
});
