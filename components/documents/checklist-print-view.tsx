"use client";

import type { ChecklistModel } from "@/lib/documents/checklist/model";
import { buildChecklist } from "@/lib/documents/checklist/model";
import type { Locale } from "@/lib/i18n/locales";
import { ChecklistView } from "./checklist-view";
import { PrintToolbar } from "./print-toolbar";
import type { PrintViewWords } from "./print-view-words";
import { useDocumentInput } from "./use-document-input";
import { useDocumentLanguage } from "./use-document-language";

/** /request/documents/checklist: the checklist from the saved answers, in the page's language, ready to print. */
export function ChecklistPrintView({ locale, words }: { locale: Locale; words: PrintViewWords }) {
  const input = useDocumentInput();
  const language = useDocumentLanguage(locale);
  const ready = input !== null && language !== null;
  return (
    <>
      <PrintToolbar words={words} ready={ready} />
      {ready ? <ChecklistView checklist={buildChecklist(input, language)} /> : <p className="needs-script" role="status">{words.loading}</p>}
    </>
  );
}

/**
 * /request/documents/checklist/blank: no answers at all. The page builds the
 * checklist on the server, so it shows (and prints) without JavaScript.
 */
export function BlankChecklistPrintView({ checklist, words }: { checklist: ChecklistModel; words: PrintViewWords }) {
  return (
    <>
      <PrintToolbar words={words} ready />
      <ChecklistView checklist={checklist} />
    </>
  );
}
