// The Flesch-Kincaid grade of the app's English prose, shared by the content
// test (tests/unit/content/plain-language.test.ts) and the built-page
// measurement (tests/bench/prose-grade.mjs), so both score text the same way.
//
// Rules, applied to each string in turn:
// 1. Left out of the string before scoring (they are read as a unit, not as
//    prose): web addresses (https://…, www.…, name.gov / .org / .com); phone
//    and fax numbers (1-800-927-4357, 916-255-5241, letter forms such as
//    1-800-MEDICARE); citations (anything with §, with the code's name before
//    it: "Gov. Code §6700", "28 CCR §1300.68.01", "29 CFR §2560.503-1", and
//    "NN CFR/CCR n.n" without §; a page's "(Source: …)" note whole).
// 2. A string left with no letters, or made only of capitalised words and
//    numbers (with "of", "and", "the", "for", "in", "on", "&" between them), is
//    a name or a one-word label ("DMHC Help Center", "Lunar New Year", "Yes"):
//    left out whole.
// 3. Each string is at least one sentence; it is split into more after . ? or !
//    (and any closing quote or bracket) followed by a space or the end, but not
//    after a one-letter abbreviation ("U.S.", "a.m.") or Jr. / St. / Dr. / Mr. /
//    Mrs. / Ms. / No. / Gov. / Ins. / Dept.
// 4. A word is a run of non-space characters with a letter or digit in it. Its
//    syllables are counted by `syllable`; a number (which `syllable` counts as
//    none) counts one syllable per digit.
// 5. grade = fleschKincaid({ sentence, word, syllable }) over all the strings
//    together; each sentence is also scored alone, to show the hardest.
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";

const URL = /\bhttps?:\/\/\S+|\bwww\.[\w.-]*\w|\b[\w-]+(?:\.[\w-]+)*\.(?:gov|org|com)\b/gi;
const PHONE = /(?:\b1[-. ])?(?:\(\d{3}\)\s?|\b\d{3}[-. ])\d{3}[-. ]\d{4}\b|\b1[-. ]\d{3}[-. ][A-Z]{4,}\b/g;
// "Código de Salud y Seguridad de California", "Código de Reglamentos Federales, Título 29,": the Spanish pages' code names.
const SPANISH_CODE_NAME = String.raw`\bC[óo]digo(?:\s+de(?:\s+(?:la|los))?\s+[\p{Lu}][\p{L}]*(?:\s+(?:y|de)\s+[\p{Lu}][\p{L}]*)*)?(?:\s+de\s+California)?(?:,\s*T[íi]tulo\s+\d+,?)?\s*`;
const CODE_NAME = String.raw`(?:${SPANISH_CODE_NAME}|\b(?:California\s+)?(?:(?:Health and Safety|Insurance|Government|Welfare and Institutions|Gov\.|Ins\.)\s+)?Code\s*|\b\d+\s+(?:CFR|CCR)\s*|\bHSC\s*)`;
const SECTION = String.raw`§+\s*[\d.]+[\w.()–-]*[\w)]`;
const CITATION = new RegExp(
  `${CODE_NAME}?${SECTION}(?:\\s*(?:,|;|and)\\s*${CODE_NAME}?${SECTION})*|\\b\\d+\\s+(?:CFR|CCR)\\s+[\\d.-]*\\d`,
  "gu",
);
const CONNECTORS = new Set(["of", "and", "the", "for", "in", "on", "&", "/", "-", "–", "—", "de", "del", "la", "las", "los", "el", "y", "e", "para", "en"]);
const ABBREVIATION = /(?:\b\p{L}|\b(?:Jr|St|Dr|Mr|Mrs|Ms|No|Gov|Ins|Dept))\.$/u;

/** The string with citations, phone numbers and web addresses taken out; "" when what is left is no prose. */
function proseOf(text) {
  const stripped = text
    .replace(/\((?:Sources?|Fuentes?):(?:[^()]|\([^()]*\))*\)/g, " ")
    .replace(URL, " ")
    .replace(CITATION, " ")
    .replace(PHONE, " ")
    .replace(/\(\s*[,;]?\s*\)/g, " ")
    .replace(/\s+([,.;:!?)])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  if (!/\p{L}/u.test(stripped)) return "";
  const words = stripped.split(" ").map((word) => word.replace(/^[“"‘(]+|[”"’),.;:!?]+$/g, ""));
  const isName = words.every((word) => !word || CONNECTORS.has(word) || /^[\p{Lu}\d]/u.test(word));
  return isName ? "" : stripped;
}

function sentencesOf(text) {
  const sentences = [];
  let start = 0;
  for (const match of text.matchAll(/[.?!]+[”"’)\]]*(?=\s|$)/g)) {
    const end = match.index + match[0].length;
    if (ABBREVIATION.test(text.slice(start, match.index + 1))) continue;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter((sentence) => /[\p{L}\d]/u.test(sentence));
}

function syllablesOf(word) {
  return /\p{L}/u.test(word) ? syllable(word) : (word.match(/\d/g) ?? []).length;
}

function count(sentence) {
  const words = sentence.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word));
  return { word: words.length, syllable: words.reduce((sum, word) => sum + syllablesOf(word), 0) };
}

/**
 * Scores a list of prose strings. `grade` is NaN when there is no prose left
 * after the rules above; `sentences` holds each sentence with its own grade,
 * hardest first.
 */
export function scoreProse(strings) {
  const sentences = strings
    .map(proseOf)
    .filter(Boolean)
    .flatMap(sentencesOf)
    .map((text) => {
      const counts = count(text);
      return { text, grade: fleschKincaid({ sentence: 1, ...counts }) };
    });
  const totals = sentences.reduce(
    (sum, { text }) => {
      const counts = count(text);
      return { sentence: sum.sentence + 1, word: sum.word + counts.word, syllable: sum.syllable + counts.syllable };
    },
    { sentence: 0, word: 0, syllable: 0 },
  );
  return {
    grade: fleschKincaid(totals),
    ...totals,
    sentences: sentences.sort((a, b) => (b.grade || 0) - (a.grade || 0)),
  };
}

// Spanish prose is scored with the Szigriszt-Pazos perspicuity formula as
// INFLESZ reads it (206.835 − 62.3 × syllables per word − words per
// sentence): 55–65 is "normal" (what a 13-year-old reads), above 65 "fairly
// easy". Flesch-Kincaid's English syllable counts mean nothing in Spanish.
// The same rules 1–3 above decide what is prose and where sentences end.

const VOWELS = /[aeiouáéíóúü]+/giu;
const STRONG = /[aeoáéíóú]/iu;

/** Spanish syllables: each run of vowels is one (a diphthong), but two strong vowels, or an accented í/ú, split it. */
function spanishSyllablesOf(word) {
  if (!/\p{L}/u.test(word)) return (word.match(/\d/g) ?? []).length;
  let syllables = 0;
  for (const [run] of word.toLowerCase().matchAll(VOWELS)) {
    syllables += 1;
    for (let i = 1; i < run.length; i++) if (STRONG.test(run[i - 1]) && STRONG.test(run[i])) syllables += 1;
  }
  return Math.max(1, syllables);
}

function spanishCount(sentence) {
  const words = sentence.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word));
  return { word: words.length, syllable: words.reduce((sum, word) => sum + spanishSyllablesOf(word), 0) };
}

const inflesz = ({ sentence, word, syllable }) => 206.835 - (62.3 * syllable) / word - word / sentence;

/** Scores Spanish prose: `ease` (INFLESZ, higher is easier; NaN when there is none), and each sentence, hardest first. */
export function scoreSpanishProse(strings) {
  const sentences = strings
    .map(proseOf)
    .filter(Boolean)
    .flatMap(sentencesOf)
    .map((text) => ({ text, ease: inflesz({ sentence: 1, ...spanishCount(text) }) }));
  const totals = sentences.reduce(
    (sum, { text }) => {
      const counts = spanishCount(text);
      return { sentence: sum.sentence + 1, word: sum.word + counts.word, syllable: sum.syllable + counts.syllable };
    },
    { sentence: 0, word: 0, syllable: 0 },
  );
  return { ease: inflesz(totals), ...totals, sentences: sentences.sort((a, b) => a.ease - b.ease) };
}
