import { describe, expect, it } from "vitest";
import * as english from "@/content/steps";
import * as spanish from "@/content/es/steps";
import { expectTranslated, numbersIn } from "./expect-translated";

describe("the steps' words, in Spanish", () => {
  it("translates every step name, page title and guidance line, and keeps their numbers", () => {
    // "Plan" ("Su plan") is translated; no words are the same in both.
    // Each export named, so a new one must be added here (and the dependency check sees each used).
    const pairs = [
      [english.stepWords, spanish.stepWords],
      [english.flowWords, spanish.flowWords],
      [english.formText, spanish.formText],
      [english.pageTitles, spanish.pageTitles],
      [english.coverageStepText, spanish.coverageStepText],
      [english.planStepText, spanish.planStepText],
      [english.aboutYouStepText, spanish.aboutYouStepText],
      [english.doctorStepText, spanish.doctorStepText],
      [english.memberServicesStepText, spanish.memberServicesStepText],
      [english.notCoveredText, spanish.notCoveredText],
      [english.submitStepText, spanish.submitStepText],
      [english.decisionStepText, spanish.decisionStepText],
      [english.reviewText, spanish.reviewText],
      [english.callLogText, spanish.callLogText],
    ];
    expect(pairs).toHaveLength(Object.keys(english).length);
    for (const [englishWords, spanishWords] of pairs) {
      // "Error:" is a word of both languages (read before a field's message by screen readers).
      expectTranslated(englishWords, spanishWords, englishWords === english.formText ? { sameInBoth: ["Error:"] } : {});
    }
  });

  it("numbers the steps in Spanish, for the caption, the tab and the review headings", () => {
    expect(spanish.flowWords.numbered(2, 4)).toBe("Paso 2 de 4");
    expect(numbersIn(spanish.flowWords.numbered(2, 4))).toEqual(numbersIn(english.flowWords.numbered(2, 4)));
    const tab = spanish.flowWords.tabTitle(1, spanish.pageTitles.doctor);
    expect(tab).toBe("Paso 1: Hable con su médico");
    expect(tab).not.toBe(english.flowWords.tabTitle(1, english.pageTitles.doctor));
    expect(spanish.stepWords.doctor.review).toBe(tab);
    for (const [n, step] of [[1, "doctor"], [2, "memberServices"], [3, "submit"], [4, "decision"]] as const) {
      expect(spanish.stepWords[step].review).toBe(spanish.flowWords.tabTitle(n, spanish.stepWords[step].title));
    }
  });

  it("keeps the placeholders the pages fill in", () => {
    const placeholders = (text: string) => text.match(/\{\w+\}/g) ?? [];
    for (const key of Object.keys(english.callLogText) as (keyof typeof english.callLogText)[]) {
      expect(placeholders(spanish.callLogText[key])).toEqual(placeholders(english.callLogText[key]));
    }
    for (const key of Object.keys(english.reviewText.call) as (keyof typeof english.reviewText.call)[]) {
      expect(placeholders(spanish.reviewText.call[key])).toEqual(placeholders(english.reviewText.call[key]));
    }
  });
});
