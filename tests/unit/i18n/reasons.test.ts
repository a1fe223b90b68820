import { describe, expect, it } from "vitest";
import { getReason, reasons } from "@/content/legal/reasons";
import { getReason as getSpanishReason, reasons as spanish } from "@/content/es/legal/reasons";
import { expectTranslated } from "./expect-translated";

describe("the law's reasons for a second opinion, in Spanish", () => {
  it("translates every reason and keeps its id and sources", () => {
    expectTranslated(reasons, spanish);
  });

  it("finds a reason by its id, in Spanish", () => {
    const english = getReason("questions-surgery");
    const reason = getSpanishReason("questions-surgery");
    expect(reason.id).toBe(english.id);
    expect(reason.sourceIds).toEqual(english.sourceIds);
    expect(reason.plain).not.toBe(english.plain);
    expect(reason.plain).toContain("cirugía");
    expect(() => getSpanishReason("nope" as "other")).toThrow();
  });
});
