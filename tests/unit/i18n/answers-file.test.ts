import { describe, it } from "vitest";
import { answersFileText } from "@/content/answers-file";
import { answersFileText as spanish } from "@/content/es/answers-file";
import { expectTranslated } from "./expect-translated";

describe("saving and opening the answers file, in Spanish", () => {
  it("translates every word and keeps the size limit", () => {
    // "Plan" is the Spanish word too (plan de salud).
    expectTranslated(answersFileText, spanish, { sameInBoth: ["Plan"] });
  });
});
