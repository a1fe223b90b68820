import { describe, expect, it } from "vitest";
import * as english from "@/content/steps";
import * as spanish from "@/content/es/steps";
import { expectTranslated, numbersIn } from "./expect-translated";

describe("the steps' words, in Spanish", () => {
  it("translates every step name, page title and guidance line, and keeps their numbers", () => {
    // "Plan" ("Su plan") is translated; no words are the same in both.
    for (const name of Object.keys(english) as (keyof typeof english)[]) expectTranslated(english[name], spanish[name]);
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
