import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import * as english from "@/content/legal/contacts";
import { contactSchema } from "@/content/legal/schemas";
import * as spanish from "@/content/es/legal/contacts";
import { expectTranslated, numbersIn } from "./expect-translated";
import { expectGlossaryTerms } from "./legal-glossary";

/** The same in both languages because each is a name, an acronym or the same word. */
const sameInBoth = [
  "Health Consumer Alliance", // an organisation's name
  "Medicare", // a program's name
  "TDD", // the acronym the member will see
  "Fax", // the same word in Spanish
  "980 Ninth St, Suite 500, Sacramento CA 95814-2725", // a mail address: printed as the post office needs it
];

describe("the contacts, in Spanish", () => {
  it("translates every name, description and label, and keeps every number and address", () => {
    expectTranslated(english.contacts, spanish.contacts, { sameInBoth });
    expectGlossaryTerms(english.contacts, spanish.contacts);
  });

  it("names offices by the glossary's Spanish name with the English acronym", () => {
    expect(spanish.getContact("dmhc-help-center").name).toBe("Centro de Ayuda del DMHC");
    expect(spanish.getContact("cdi-hotline").name).toContain("CDI");
    expect(spanish.getContact("dol-ebsa").name).toContain("(EBSA)");
  });

  it("keeps the shape the content schema asks for (phone, fax and web formats)", () => {
    for (const contact of spanish.contacts) expect(z.safeParse(contactSchema, contact).success).toBe(true);
  });

  it("getContact gives the Spanish contact for every English id, with the same numbers", () => {
    for (const { id } of english.contacts) {
      const en = english.getContact(id);
      const es = spanish.getContact(id);
      expect(es.methods).toEqual(en.methods.map((method, index) => ({ ...method, label: es.methods[index]?.label })));
      expect(es.description).not.toBe(en.description);
      expect(numbersIn(es.description)).toEqual(numbersIn(en.description));
    }
    expect(() => spanish.getContact("unknown")).toThrow();
  });
});
