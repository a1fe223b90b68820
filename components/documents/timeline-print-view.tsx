"use client";

import { printViewText } from "@/content/documents/page";
import { buildTimelineDocument } from "@/lib/documents/timeline/model";
import { PrintToolbar } from "./print-toolbar";
import { TimelineView } from "./timeline-view";
import { useDocumentInput } from "./use-document-input";

/** /request/documents/timeline: "My case so far" from the saved answers, ready to print. */
export function TimelinePrintView() {
  const input = useDocumentInput();
  const text = printViewText.timeline;
  return (
    <>
      <PrintToolbar title={text.title} intro={text.intro} printLabel={text.print} ready={input !== null} />
      {input ? <TimelineView timeline={buildTimelineDocument(input)} /> : <p role="status">{printViewText.loading}</p>}
    </>
  );
}
