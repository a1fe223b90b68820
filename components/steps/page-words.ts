import { fieldText } from "@/content/fields";
import { fieldText as spanishFieldText } from "@/content/es/fields";
import * as englishSteps from "@/content/steps";
import * as spanishSteps from "@/content/es/steps";
import type { Locale } from "@/lib/i18n/locales";
import { pages } from "@/lib/steps";
import type { CallLogWords } from "./call-log";
import type { PageWords } from "./question-field";

// Read on the server: both languages are imported here, and only the page's
// own questions, in its language, travel to its form.
const fieldsIn = { en: fieldText, es: spanishFieldText } satisfies Record<Locale, unknown>;
const stepsIn = { en: englishSteps, es: spanishSteps } satisfies Record<Locale, unknown>;

/** The words of one page's questions in a language: a page's script carries its own words, not every question's. */
export function pageWords(pageId: string, locale: Locale): PageWords {
  const page = pages.find((candidate) => candidate.id === pageId);
  if (!page) throw new Error(`Unknown page ${pageId}`);
  const words = fieldsIn[locale][page.step] as unknown as PageWords;
  return Object.fromEntries(page.questions.map((question) => [question, words[question] as PageWords[string]]));
}

/** The call log's words (Step 2) in a language. */
export function callWords(locale: Locale): CallLogWords {
  const { callLogText, reviewText } = stepsIn[locale];
  return { questions: fieldsIn[locale].call as unknown as PageWords, text: { ...callLogText, noDate: reviewText.call.noDate } };
}
