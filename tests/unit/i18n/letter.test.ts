import { describe, expect, it } from "vitest";
import { letterText } from "@/content/documents/letter";
import { letterText as spanish } from "@/content/es/documents/letter";
import { expectCp1252, expectSpanishSentence, stringsIn } from "./document-words";
import { expectTranslated } from "./expect-translated";

describe("the request letter, in Spanish", () => {
  it("translates every word and keeps every number", () => {
    expectTranslated(letterText, spanish);
    expectCp1252(stringsIn(spanish));
  });

  it("keeps the 72 hours of an urgent request", () => {
    expect(spanish.urgent).toContain("72 horas");
    expect(spanish.asks.writtenDecisionUrgent).toContain("72 horas");
  });

  it("builds its sentences in Spanish, in the member's first person", () => {
    const statute = { english: "California Health and Safety Code §1383.15", spanish: "Código de Salud y Seguridad de California §1383.15" };
    const withStatute = spanish.request.withStatute(statute.spanish);
    expectSpanishSentence(letterText.request.withStatute(statute.english), withStatute);
    expect(withStatute).toBe(
      "Les escribo para solicitar una segunda opinión médica de un profesional de la salud debidamente calificado, conforme al Código de Salud y Seguridad de California §1383.15.",
    );

    const doctor = "Dra. Ana Ruiz, oncóloga";
    expectSpanishSentence(letterText.requestedDoctor(doctor), spanish.requestedDoctor(doctor));
    expect(spanish.requestedDoctor(doctor)).toBe("Me gustaría que la segunda opinión me la diera Dra. Ana Ruiz, oncóloga.");

    const ways = "(916) 555-0142, ana.ruiz@example.com";
    expectSpanishSentence(letterText.contact(ways), spanish.contact(ways));
    expect(spanish.contact(ways)).toBe("Mis datos de contacto: (916) 555-0142, ana.ruiz@example.com.");

    const helper = "Luis Ruiz (hijo)";
    expectSpanishSentence(letterText.helper(helper), spanish.helper(helper));
    expect(spanish.helper(helper)).toBe("Preparada con la ayuda de Luis Ruiz (hijo).");
  });
});
