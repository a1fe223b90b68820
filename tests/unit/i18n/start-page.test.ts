import { describe, it } from "vitest";
import { startPageText } from "@/content/start-page";
import { startPageText as spanish } from "@/content/es/start-page";
import { expectTranslated } from "./expect-translated";

describe("the start page, in Spanish", () => {
  it("translates every word and keeps every route and number", () => {
    expectTranslated(startPageText, spanish);
  });
});
