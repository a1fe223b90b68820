import { describe, it } from "vitest";
import { noScriptText } from "@/content/no-script";
import { noScriptText as spanish } from "@/content/es/no-script";
import { expectTranslated } from "./expect-translated";

describe("the notice without JavaScript, in Spanish", () => {
  it("translates every word and keeps every route", () => {
    expectTranslated(noScriptText, spanish);
  });
});
