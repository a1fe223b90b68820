import { describe, expect, it } from "vitest";
import * as english from "@/content/documents/checklist";
import * as spanish from "@/content/es/documents/checklist";
import { expectTranslated, numbersIn } from "./expect-translated";

describe("the records checklist, in Spanish", () => {
  it("translates every heading, row and tip, and keeps their numbers", () => {
    expectTranslated(english.checklistText, spanish.checklistText, { sameInBoth: ["Plan"] }); // "Plan" is the same word in Spanish
    expectTranslated(english.recordItems, spanish.recordItems);
    expectTranslated(english.surgeryItem, spanish.surgeryItem);
    expectTranslated(english.extraItems, spanish.extraItems);
    expectTranslated(english.tips, spanish.tips);
  });

  it("keeps one row per record id, in the English order", () => {
    expect(Object.keys(spanish.recordItems)).toEqual(Object.keys(english.recordItems));
  });

  it("names an empty check box in Spanish", () => {
    const englishLabel = english.checklistText.checkboxLabel(english.recordItems["lab-results"].label);
    const label = spanish.checklistText.checkboxLabel(spanish.recordItems["lab-results"].label);
    expect(label).toBe("Hecho: Resultados recientes de laboratorio");
    expect(label).not.toBe(englishLabel);
    expect(numbersIn(label)).toEqual(numbersIn(englishLabel));
  });

  it("matches what a member types in Spanish, with as many words as the English lists", () => {
    // The word lists match the member's own answers; the "PET" scan is called that in Spanish too.
    expectTranslated(english.imagingWords, spanish.imagingWords, { sameInBoth: ["pet"] });
    expectTranslated(english.surgeryWords, spanish.surgeryWords);
    expectTranslated(english.surgerySuffixes, spanish.surgerySuffixes);
    // The same kind of pattern lib/documents/checklist/model.ts builds.
    const mentions = (text: string, words: readonly string[], suffixes: readonly string[] = []) =>
      new RegExp([...words.map((word) => `\\b${word}\\b`), ...suffixes.map((suffix) => `\\w${suffix}\\b`)].join("|"), "i").test(text);
    expect(mentions("Me hicieron una resonancia de la rodilla", spanish.imagingWords)).toBe(true);
    expect(mentions("Radiografía del pecho", spanish.imagingWords)).toBe(true);
    expect(mentions("Cirugía de reemplazo de rodilla", spanish.surgeryWords)).toBe(true);
    expect(mentions("una mastectomía", spanish.surgeryWords, spanish.surgerySuffixes)).toBe(true);
    expect(mentions("fisioterapia", spanish.surgeryWords, spanish.surgerySuffixes)).toBe(false);
  });
});
