import { describe, it } from "vitest";
import { denialNoticeContents, rightPoints } from "@/content/legal/rights";
import { denialNoticeContents as spanishDenialNoticeContents, rightPoints as spanishRightPoints } from "@/content/es/legal/rights";
import { expectTranslated } from "./expect-translated";

describe("the right to a second opinion, in Spanish", () => {
  it("translates every point and keeps every source", () => {
    expectTranslated(rightPoints, spanishRightPoints);
  });

  it("translates what a denial notice must say and keeps every source", () => {
    expectTranslated(denialNoticeContents, spanishDenialNoticeContents);
  });
});
