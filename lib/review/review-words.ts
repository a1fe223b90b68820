import { fieldText } from "@/content/fields";
import { reviewText, stepWords } from "@/content/steps";
import type { RequestSection } from "@/lib/steps/request";
import type { ReviewWords } from "./summary-rows";

/** What the review page's script needs of the words: each question's name and its options' names, read on the server. */
export function reviewWords(): ReviewWords {
  const sections = Object.fromEntries(
    Object.entries(fieldText).map(([section, questions]) => [
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
  return { ...(sections as Omit<ReviewWords, "call">), call: reviewText.call };
}

/** Each step's heading on the review page. */
export const reviewSectionTitles = Object.fromEntries(Object.entries(stepWords).map(([id, words]) => [id, words.review])) as Record<RequestSection, string>;
