import { fieldText } from "@/content/fields";
import { callLogText, reviewText } from "@/content/steps";
import { pages } from "@/lib/steps";
import type { CallLogWords } from "./call-log";
import type { PageWords } from "./question-field";

/**
 * The words of one page's questions, read on the server and handed to its
 * form: a page's script carries its own words, not every question's.
 */
export function pageWords(pageId: string): PageWords {
  const page = pages.find((candidate) => candidate.id === pageId);
  if (!page) throw new Error(`Unknown page ${pageId}`);
  const words = fieldText[page.step] as unknown as PageWords;
  return Object.fromEntries(page.questions.map((question) => [question, words[question] as PageWords[string]]));
}

/** The call log's words (Step 2). */
export const callWords: CallLogWords = { questions: fieldText.call as unknown as PageWords, text: { ...callLogText, noDate: reviewText.call.noDate } };
