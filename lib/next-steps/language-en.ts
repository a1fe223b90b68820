import * as legal from "@/content/legal";
import { languageHelpText } from "@/content/language-help";
import { languageAccess } from "@/content/legal/language-access";
import { nextStepsText, reminderText } from "@/content/next-steps";
import { deriveRules, rulesWords } from "@/lib/rules";
import { nextStepsLanguageFrom } from "./language-from";

/** The next steps in English: the English words, legal content and rules (lib/rules). */
export const english = nextStepsLanguageFrom({
  locale: "en",
  words: nextStepsText,
  reminderWords: reminderText,
  legal,
  languageHelpWords: languageHelpText,
  languageAccess,
  deriveRules,
  rulesWords,
});
