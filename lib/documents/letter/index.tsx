import type { DocumentLanguage } from "../language/types";
import type { DocumentInput } from "../types";
import { LetterPdf } from "./letter-pdf";
import { buildLetter } from "./model";

/** The request letter for these answers, ready for the renderer. */
export function letterDocument(input: DocumentInput, language: DocumentLanguage) {
  return <LetterPdf frame={language.words.frame} letter={buildLetter(input, language)} creationDate={new Date(`${input.today}T12:00:00Z`)} />;
}
