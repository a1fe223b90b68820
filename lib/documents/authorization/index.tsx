import { LetterPdf } from "../letter/letter-pdf";
import type { DocumentLanguage } from "../language/types";
import type { DocumentInput } from "../types";
import { buildAuthorization } from "./model";

/** The helper's authorization for these answers, ready for the renderer: the request letter's layout, its own words. */
export function authorizationDocument(input: DocumentInput, language: DocumentLanguage) {
  const letter = buildAuthorization(input, language);
  // Only offered when someone helps; a member without a helper has nothing to sign.
  if (!letter) throw new Error("No helper to authorize");
  return <LetterPdf frame={language.words.frame} letter={letter} creationDate={new Date(`${input.today}T12:00:00Z`)} />;
}
