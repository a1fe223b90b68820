"use client";

import { printViewText } from "@/content/documents/page";
import { buildLetter } from "@/lib/documents/letter/model";
import { LetterView } from "./letter-view";
import { PrintToolbar } from "./print-toolbar";
import { useDocumentInput } from "./use-document-input";

/** /request/documents/letter: the letter from the saved answers, ready to print. */
export function LetterPrintView() {
  const input = useDocumentInput();
  const text = printViewText.letter;
  return (
    <>
      <PrintToolbar title={text.title} intro={text.intro} printLabel={text.print} ready={input !== null} />
      {input ? <LetterView letter={buildLetter(input)} /> : <p className="needs-script" role="status">{printViewText.loading}</p>}
    </>
  );
}
