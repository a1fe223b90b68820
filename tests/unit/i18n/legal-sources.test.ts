import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import * as english from "@/content/legal/sources";
import { sourceSchema } from "@/content/legal/schemas";
import * as spanish from "@/content/es/legal/sources";
import { expectTranslated, numbersIn } from "./expect-translated";
import { expectGlossaryTerms } from "./legal-glossary";

/** The same in both languages because each is only a name (an organisation, a program, an acronym). */
const sameInBoth = [
  "Health Consumer Alliance", // an organisation's name
  "Health Consumer Alliance, healthconsumer.org", // its name and web address
  "Medi-Cal (DHCS)", // a program's name and the department's acronym
  "HICAP", // a program's acronym, as said on the phone
];

describe("the legal sources, in Spanish", () => {
  it("translates every citation and keeps every id, URL and section number", () => {
    expectTranslated(english.sources, spanish.sources, { sameInBoth });
    expectGlossaryTerms(english.sources, spanish.sources);
  });

  it("names each code in Spanish", () => {
    const codes = spanish.sources.map((source) => source.citation).join("\n");
    expect(codes).not.toMatch(/Health and Safety Code|Insurance Code|Government Code|Code of Federal Regulations|\bCCR\b|Welfare/);
    expect(spanish.getSource("hsc-1383.15").citation).toBe("Código de Salud y Seguridad de California §1383.15");
    expect(spanish.getSource("ins-10123.68").citation).toBe("Código de Seguros de California §10123.68");
    expect(spanish.getSource("cfr-29-2560.503-1").citation).toBe("Código de Reglamentos Federales, Título 29, §2560.503-1");
    expect(spanish.getSource("gov-6700").citation).toBe("Código de Gobierno de California §6700");
  });

  it("keeps the shape the content schema asks for", () => {
    for (const source of spanish.sources) expect(z.safeParse(sourceSchema, source).success).toBe(true);
  });

  it("answers isSourceId exactly as the English does", () => {
    for (const { id } of english.sources) expect(spanish.isSourceId(id)).toBe(true);
    for (const id of ["", "hsc-1383", "HSC-1383.15", "unknown"]) expect(spanish.isSourceId(id)).toBe(english.isSourceId(id));
  });

  it("getSource gives the Spanish citation for every English id, with the same numbers", () => {
    for (const { id } of english.sources) {
      const en = english.getSource(id);
      const es = spanish.getSource(id);
      expect(es.id).toBe(id);
      expect(es.url).toBe(en.url);
      if (!sameInBoth.includes(en.citation)) expect(es.citation).not.toBe(en.citation);
      expect(numbersIn(es.citation)).toEqual(numbersIn(en.citation));
      expect(numbersIn(es.short)).toEqual(numbersIn(en.short));
    }
    expect(() => spanish.getSource("unknown")).toThrow();
  });
});
