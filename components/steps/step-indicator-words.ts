import { wordsIn } from "@/content/words";
import { NUMBERED_STEP_COUNT } from "@/lib/flow";
import type { Locale } from "@/lib/i18n/locales";
import { steps, type AnyStep } from "@/lib/steps";
import type { RequestSection } from "@/lib/steps/request";
import type { StepIndicatorWords } from "./step-indicator";

/** The step indicator's words in a language, worked out on the server: a client component is handed strings, not functions. */
export function stepIndicatorWords(locale: Locale): StepIndicatorWords {
  const { titles, steps: stepWords } = wordsIn(locale);
  const { flowWords } = titles;
  const each = (word: (step: AnyStep) => string) => Object.fromEntries(steps.map((step) => [step.id, word(step)])) as Record<RequestSection, string>;
  return {
    progress: flowWords.progress,
    status: flowWords.status,
    titles: each((step) => stepWords[step.id].title),
    captions: each((step) => (step.number ? flowWords.numbered(step.number, NUMBERED_STEP_COUNT) : flowWords.beforeYouStart)),
  };
}
