import { describe, it } from "vitest";
import { siteText } from "@/content/site";
import { siteText as spanish } from "@/content/es/site";
import { expectTranslated } from "./expect-translated";

describe("the words on every page, in Spanish", () => {
  it("translates every word and keeps every route", () => {
    expectTranslated(siteText, spanish);
  });
});
