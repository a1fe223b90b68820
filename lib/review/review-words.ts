import { wordsIn } from "@/content/words";
import type { Locale } from "@/lib/i18n/locales";
import type { RequestSection } from "@/lib/steps/request";
import type { ReviewWords } from "./summary-rows";

/** What the review page's script needs of the words, in the page's language: each question's name and its options' names, read on the server. */
export function reviewWords(locale: Locale): ReviewWords {
  const sections = Object.fromEntries(
    Object.entries(wordsIn(locale).fields).map(([section, questions]) => [
      section,
      Object.fromEntries(
        Object.entries(questions).map(([name, words]) => [
          name,
          {
            label: words.label,
            ...("options" in words ? { options: Object.fromEntries(Object.entries(words.options as Record<string, { label: string }>).map(([value, option]) => [value, { label: option.label }])) } : {}),
          },
        ]),
      ),
    ]),
  );
  return { ...(sections as Omit<ReviewWords, "call">), call: wordsIn(locale).stepText.review.call };
}

/** Each step's heading on the review page, in a language. */
export const reviewSectionTitles = (locale: Locale) =>
  Object.fromEntries(Object.entries(wordsIn(locale).steps).map(([id, words]) => [id, words.review])) as Record<RequestSection, string>;
