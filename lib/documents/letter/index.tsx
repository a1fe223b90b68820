import type { DocumentInput } from "../types";
import { LetterPdf } from "./letter-pdf";
import { buildLetter } from "./model";

/** The request letter for these answers, ready for the renderer. */
export function letterDocument(input: DocumentInput) {
  return <LetterPdf letter={buildLetter(input)} creationDate={new Date(`${input.today}T12:00:00Z`)} />;
}
