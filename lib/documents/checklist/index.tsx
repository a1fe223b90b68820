import type { DocumentLanguage } from "../language/types";
import type { DocumentInput } from "../types";
import { ChecklistPdf } from "./checklist-pdf";
import { buildChecklist } from "./model";

/** The records checklist for these answers (or the blank one for null), ready for the renderer. */
export function checklistDocument(input: DocumentInput | null, language: DocumentLanguage) {
  return (
    <ChecklistPdf
      frame={language.words.frame}
      checklist={buildChecklist(input, language)}
      creationDate={input ? new Date(`${input.today}T12:00:00Z`) : undefined}
    />
  );
}
