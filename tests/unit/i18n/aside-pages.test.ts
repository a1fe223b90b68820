import { describe, it } from "vitest";
import { asidePagesText as english } from "@/content/aside-pages";
import { asidePagesText as spanish } from "@/content/es/aside-pages";
import { expectTranslated } from "./expect-translated";

describe("the not-covered and regulator-finder pages' words, in Spanish", () => {
  it("translates every line and keeps its numbers", () => {
    expectTranslated(english, spanish);
  });
});
