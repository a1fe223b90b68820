import { LetterPdf } from "../letter/letter-pdf";
import type { DocumentInput } from "../types";
import { buildGrievanceLetter } from "./model";

/** The grievance letter for these answers, ready for the renderer: the request letter's layout, its own words. */
export function grievanceDocument(input: DocumentInput) {
  return <LetterPdf letter={buildGrievanceLetter(input)} creationDate={new Date(`${input.today}T12:00:00Z`)} />;
}
