import { wordsIn } from "@/content/words";
import type { Locale } from "@/lib/i18n/locales";
import { pages } from "@/lib/steps";
import type { CallLogWords } from "./call-log";
import type { PageWords } from "./question-field";

// Read on the server, so only the page's own questions, in its language, travel to its form.

/** The words of one page's questions in a language: a page's script carries its own words, not every question's. */
export function pageWords(pageId: string, locale: Locale): PageWords {
  const page = pages.find((candidate) => candidate.id === pageId);
  if (!page) throw new Error(`Unknown page ${pageId}`);
  const words = wordsIn(locale).fields[page.step] as unknown as PageWords;
  return Object.fromEntries(page.questions.map((question) => [question, words[question] as PageWords[string]]));
}

/** The call log's words (Step 2) in a language. */
export function callWords(locale: Locale): CallLogWords {
  const { fields, stepText } = wordsIn(locale);
  return { questions: fields.call as unknown as PageWords, text: { ...stepText.callLog, noDate: stepText.review.call.noDate } };
}
