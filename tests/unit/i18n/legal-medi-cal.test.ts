import { describe, it } from "vitest";
import { mediCalTrack as english } from "@/content/legal/medi-cal";
import { mediCalTrack as spanish } from "@/content/es/legal/medi-cal";
import { expectTranslated } from "./expect-translated";
import { expectGlossaryTerms } from "./legal-glossary";

describe("the Medi-Cal track, in Spanish", () => {
  it("translates every statement and keeps the 120 and 30 days, the sources and the contacts", () => {
    expectTranslated(english, spanish);
    expectGlossaryTerms(english, spanish);
  });
});
