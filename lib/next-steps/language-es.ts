import * as legal from "@/content/es/legal";
import { languageHelpText } from "@/content/es/language-help";
import { languageAccess } from "@/content/es/legal/language-access";
import { nextStepsText, reminderText } from "@/content/es/next-steps";
import { deriveRules, rulesWords } from "@/lib/rules/es";
import { nextStepsLanguageFrom } from "./language-from";

// Only Spanish content, and content-free factories: the Spanish page's next
// steps never load an English sentence.

/** The next steps in Spanish: the Spanish words, legal content and rules (lib/rules/es). */
export const spanish = nextStepsLanguageFrom({
  locale: "es",
  words: nextStepsText,
  reminderWords: reminderText,
  legal,
  languageHelpWords: languageHelpText,
  languageAccess,
  deriveRules,
  rulesWords,
});
