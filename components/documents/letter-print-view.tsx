"use client";

import { buildLetter } from "@/lib/documents/letter/model";
import type { Locale } from "@/lib/i18n/locales";
import { LetterView } from "./letter-view";
import { PrintToolbar } from "./print-toolbar";
import type { PrintViewWords } from "./print-view-words";
import { useDocumentInput } from "./use-document-input";
import { useDocumentLanguage } from "./use-document-language";

/** /request/documents/letter: the letter from the saved answers, in the page's language, ready to print. */
export function LetterPrintView({ locale, words }: { locale: Locale; words: PrintViewWords }) {
  const input = useDocumentInput();
  const language = useDocumentLanguage(locale);
  const ready = input !== null && language !== null;
  return (
    <>
      <PrintToolbar words={words} ready={ready} />
      {ready ? <LetterView letter={buildLetter(input, language)} /> : <p className="needs-script" role="status">{words.loading}</p>}
    </>
  );
}
