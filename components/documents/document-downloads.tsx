"use client";

import Link from "next/link";
import { downloadText } from "@/content/documents/page";
import { charactersThePdfCannotShow } from "@/lib/documents/answers";
import { BLANK_CHECKLIST_PATH, CHECKLIST_VIEW_PATH, LETTER_VIEW_PATH } from "@/lib/documents/paths";
import type { DocumentInput } from "@/lib/documents/types";
import { useDocumentInput } from "./use-document-input";
import { usePdfDownload, type PdfKind } from "./use-pdf-download";

const printPaths: Record<PdfKind, string> = { letter: LETTER_VIEW_PATH, checklist: CHECKLIST_VIEW_PATH };

function DocumentCard({ kind, input, headingLevel }: { kind: PdfKind; input: DocumentInput | null; headingLevel: 2 | 3 }) {
  const text = downloadText[kind];
  const { status, download, preload } = usePdfDownload(kind, input);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const busy = status.state === "busy";
  return (
    <section aria-labelledby={`document-${kind}`} className="document-card">
      <Heading className={headingLevel === 2 ? "heading-m" : "heading-s"} id={`document-${kind}`}>
        {text.heading}
      </Heading>
      <p>{text.description}</p>
      <div className="button-group">
        <button
          type="button"
          className="button"
          aria-disabled={busy || !input ? "true" : undefined}
          onPointerEnter={preload}
          onFocus={preload}
          onClick={download}
          data-state={status.state}
        >
          {busy ? text.busy : text.download}
        </button>
        <Link className="button button--secondary" href={`${printPaths[kind]}?print=1`}>
          {text.print}
        </Link>
      </div>
      <p role="status" className="visually-hidden">
        {busy ? text.busy : status.state === "done" ? text.done(status.fileName) : ""}
      </p>
      {status.state === "failed" && (
        <p role="alert" className="error-message">
          {downloadText.failed}
        </p>
      )}
    </section>
  );
}

/**
 * The two documents, each with "Download … (PDF)" and "Print …", and the
 * blank checklist. Reads the saved answers itself: place it anywhere under
 * the request state provider (the Documents page, Step 3).
 */
export function DocumentDownloads({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const input = useDocumentInput();
  const unshown = input ? charactersThePdfCannotShow(input.request) : [];
  return (
    <div className="document-downloads">
      {unshown.length > 0 && (
        <div className="notice notice--warning">
          <p>
            <strong>{downloadText.unshownHeading}</strong>
          </p>
          <p>{downloadText.unshown(unshown.join(" "))}</p>
        </div>
      )}
      <DocumentCard kind="letter" input={input} headingLevel={headingLevel} />
      <DocumentCard kind="checklist" input={input} headingLevel={headingLevel} />
      <p>
        <Link href={`${BLANK_CHECKLIST_PATH}?print=1`}>{downloadText.blankChecklist}</Link>
      </p>
    </div>
  );
}
