import type { DocumentInput } from "../types";
import { buildRegulatorForm } from "./model";
import { RegulatorFormPdf } from "./regulator-form-pdf";

/** The regulator-form answers for these answers, ready for the renderer. */
export function regulatorFormDocument(input: DocumentInput) {
  return <RegulatorFormPdf form={buildRegulatorForm(input)} creationDate={new Date(`${input.today}T12:00:00Z`)} />;
}
