import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import * as english from "@/content/legal/regulators";
import { regulatorSchema } from "@/content/legal/schemas";
import * as spanish from "@/content/es/legal/regulators";
import { expectTranslated, numbersIn } from "./expect-translated";
import { expectGlossaryTerms } from "./legal-glossary";

/** The acronyms the member will hear on the phone. */
const sameInBoth = ["DMHC", "CDI"];

const exports = {
  regulators: [english.regulators, spanish.regulators],
  sharedWhoMayGiveOpinion: [english.sharedWhoMayGiveOpinion, spanish.sharedWhoMayGiveOpinion],
  outOfNetworkRule: [english.outOfNetworkRule, spanish.outOfNetworkRule],
  regulatorFinder: [english.regulatorFinder, spanish.regulatorFinder],
  planNotes: [english.planNotes, spanish.planNotes],
} as const;

describe("the regulators, in Spanish", () => {
  it("has every export of the English module", () => {
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.entries(exports))("translates every word of %s and keeps every source and contact", (_name, [englishWords, spanishWords]) => {
    expectTranslated(englishWords, spanishWords, { sameInBoth });
    expectGlossaryTerms(englishWords, spanishWords);
  });

  it("names each office by the glossary's Spanish name", () => {
    expect(spanish.getRegulator("dmhc").name).toBe("Departamento de Atención Médica Administrada de California");
    expect(spanish.getRegulator("cdi").name).toBe("Departamento de Seguros de California");
  });

  it("keeps the shape the content schema asks for", () => {
    for (const regulator of spanish.regulators) expect(z.safeParse(regulatorSchema, regulator).success).toBe(true);
  });

  it("getRegulator gives the Spanish rules for each regulator, with the same numbers", () => {
    for (const id of ["dmhc", "cdi"] as const) {
      const en = english.getRegulator(id);
      const es = spanish.getRegulator(id);
      expect(es.id).toBe(id);
      expect(es.howToTell.text).not.toBe(en.howToTell.text);
      expect(numbersIn(es.howToTell.text)).toEqual(numbersIn(en.howToTell.text));
      expect(es.contactIds).toEqual(en.contactIds);
    }
    expect(spanish.getRegulator("cdi").howToTell.text).toContain("1-800-927-4357");
  });
});
