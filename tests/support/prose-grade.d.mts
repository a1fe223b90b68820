// Types for prose-grade.mjs (plain ESM so that node can run the built-page measurement without a build step).
export type ScoredSentence = { text: string; grade: number };

export type ProseScore = {
  /** Flesch-Kincaid grade of all the prose together; NaN when there is none. */
  grade: number;
  sentence: number;
  word: number;
  syllable: number;
  /** Every sentence with its own grade, hardest first. */
  sentences: ScoredSentence[];
};

export function scoreProse(strings: readonly string[]): ProseScore;

export type SpanishProseScore = {
  /** INFLESZ (Szigriszt-Pazos) ease of all the prose together, higher is easier; NaN when there is none. */
  ease: number;
  sentence: number;
  word: number;
  syllable: number;
  /** Every sentence with its own ease, hardest first. */
  sentences: { text: string; ease: number }[];
};

export function scoreSpanishProse(strings: readonly string[]): SpanishProseScore;
