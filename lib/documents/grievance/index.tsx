import { LetterPdf } from "../letter/letter-pdf";
import type { DocumentLanguage } from "../language/types";
import type { DocumentInput } from "../types";
import { buildGrievanceLetter } from "./model";

/** The grievance letter for these answers, ready for the renderer: the request letter's layout, its own words. */
export function grievanceDocument(input: DocumentInput, language: DocumentLanguage) {
  return <LetterPdf frame={language.words.frame} letter={buildGrievanceLetter(input, language)} creationDate={new Date(`${input.today}T12:00:00Z`)} />;
}
