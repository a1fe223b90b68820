import { describe, it } from "vitest";
import { languageHelpText } from "@/content/language-help";
import { languageHelpText as spanish } from "@/content/es/language-help";
import { languageAccess } from "@/content/legal/language-access";
import { languageAccess as spanishLanguageAccess } from "@/content/es/legal/language-access";
import { expectTranslated } from "./expect-translated";
import { expectGlossaryTerms } from "./legal-glossary";

describe("help in your language, in Spanish", () => {
  it("translates every word and keeps the sources", () => {
    expectTranslated(languageHelpText, spanish);
    expectTranslated(languageAccess, spanishLanguageAccess);
    expectGlossaryTerms(languageAccess, spanishLanguageAccess);
  });
});
