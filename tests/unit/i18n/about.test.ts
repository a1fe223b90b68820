import { describe, it } from "vitest";
import { aboutText } from "@/content/about";
import { aboutText as spanish } from "@/content/es/about";
import { expectTranslated } from "./expect-translated";

describe("the about page, in Spanish", () => {
  it("translates every word", () => {
    expectTranslated(aboutText, spanish);
  });
});
