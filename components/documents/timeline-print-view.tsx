"use client";

import { buildTimelineDocument } from "@/lib/documents/timeline/model";
import type { Locale } from "@/lib/i18n/locales";
import { PrintToolbar } from "./print-toolbar";
import type { PrintViewWords } from "./print-view-words";
import { TimelineView } from "./timeline-view";
import { useDocumentInput } from "./use-document-input";
import { useDocumentLanguage } from "./use-document-language";

/** /request/documents/timeline: "My case so far" from the saved answers, in the page's language, ready to print. */
export function TimelinePrintView({ locale, words }: { locale: Locale; words: PrintViewWords }) {
  const input = useDocumentInput();
  const language = useDocumentLanguage(locale);
  const ready = input !== null && language !== null;
  return (
    <>
      <PrintToolbar words={words} ready={ready} />
      {ready ? <TimelineView timeline={buildTimelineDocument(input, language)} /> : <p role="status">{words.loading}</p>}
    </>
  );
}
