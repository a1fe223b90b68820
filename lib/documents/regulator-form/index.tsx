import type { DocumentLanguage } from "../language/types";
import type { DocumentInput } from "../types";
import { buildRegulatorForm } from "./model";
import { RegulatorFormPdf } from "./regulator-form-pdf";

/** The regulator-form answers for these answers, ready for the renderer. */
export function regulatorFormDocument(input: DocumentInput, language: DocumentLanguage) {
  return <RegulatorFormPdf frame={language.words.frame} form={buildRegulatorForm(input, language)} creationDate={new Date(`${input.today}T12:00:00Z`)} />;
}
