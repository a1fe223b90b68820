import { describe, expect, it } from "vitest";
import * as english from "@/content/legal/meta";
import * as spanish from "@/content/es/legal/meta";
import { expectTranslated } from "./expect-translated";

describe("the legal content's review date and disclaimer, in Spanish", () => {
  it("translates the disclaimer with the glossary's words", () => {
    expectTranslated(english.DISCLAIMER, spanish.DISCLAIMER);
    expect(spanish.DISCLAIMER).toBe("Información general, no asesoría legal.");
  });

  it("keeps the one review date", () => {
    expect(spanish.LAST_REVIEWED).toBe(english.LAST_REVIEWED);
  });
});
