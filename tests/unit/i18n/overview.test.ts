import { describe, expect, it } from "vitest";
import { overviewText } from "@/content/overview";
import { overviewText as spanish } from "@/content/es/overview";
import { expectTranslated } from "./expect-translated";

describe("the overview for a member who comes back, in Spanish", () => {
  it("translates every word", () => {
    expectTranslated(overviewText, spanish);
  });

  it("keeps the {when} placeholder in every next-date sentence", () => {
    for (const sentence of Object.values(spanish.next)) expect(sentence).toContain("{when}");
  });
});
