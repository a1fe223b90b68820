"use client";

import { printViewText } from "@/content/documents/page";
import { buildChecklist } from "@/lib/documents/checklist/model";
import { ChecklistView } from "./checklist-view";
import { PrintToolbar } from "./print-toolbar";
import { useDocumentInput } from "./use-document-input";

/** /request/documents/checklist: the checklist from the saved answers, ready to print. */
export function ChecklistPrintView() {
  const input = useDocumentInput();
  const text = printViewText.checklist;
  return (
    <>
      <PrintToolbar title={text.title} intro={text.intro} printLabel={text.print} ready={input !== null} />
      {input ? <ChecklistView checklist={buildChecklist(input)} /> : <p className="needs-script" role="status">{printViewText.loading}</p>}
    </>
  );
}

/** /request/documents/checklist/blank: no answers at all. */
export function BlankChecklistPrintView() {
  const text = printViewText.blankChecklist;
  return (
    <>
      <PrintToolbar title={text.title} intro={text.intro} printLabel={text.print} ready />
      <ChecklistView checklist={buildChecklist(null)} />
    </>
  );
}
