import { describe, expect, it } from "vitest";
import { coverageScope as english } from "@/content/legal/coverage-scope";
import { coverageScope as spanish } from "@/content/es/legal/coverage-scope";
import { coverageSources } from "@/lib/steps/options";

describe("the coverage scopes for the Spanish pages", () => {
  it("are the English scopes exactly: data, no words", () => {
    expect(spanish).toEqual(english);
    for (const id of coverageSources) expect(["by-licence", "not-covered", "unsure"]).toContain(spanish[id]);
  });
});
