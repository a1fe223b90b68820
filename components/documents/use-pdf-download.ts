"use client";

import { useCallback, useRef, useState } from "react";
import { loadRenderer, preloadRenderer } from "@/lib/documents/loader";
import type { DocumentInput } from "@/lib/documents/types";

export type PdfKind = "letter" | "checklist" | "grievance" | "timeline" | "regulatorForm" | "authorization";
type PdfStatus = { state: "idle" } | { state: "busy" } | { state: "done"; fileName: string } | { state: "failed" };

function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the file goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Makes a PDF in the browser and saves it. The renderer is loaded with
 * import() when the member shows intent (`preload` on pointer over or focus)
 * and is never in a page's first load.
 */
export function usePdfDownload(kind: PdfKind, input: DocumentInput | null) {
  const [status, setStatus] = useState<PdfStatus>({ state: "idle" });
  const busy = useRef(false);

  const download = useCallback(async () => {
    if (busy.current || !input) return;
    busy.current = true;
    setStatus({ state: "busy" });
    try {
      const renderer = await loadRenderer();
      const render = {
        letter: renderer.renderLetterPdf,
        checklist: renderer.renderChecklistPdf,
        grievance: renderer.renderGrievancePdf,
        timeline: renderer.renderTimelinePdf,
        regulatorForm: renderer.renderRegulatorFormPdf,
        authorization: renderer.renderAuthorizationPdf,
      }[kind];
      const { blob, fileName } = await render(input);
      saveFile(blob, fileName);
      setStatus({ state: "done", fileName });
    } catch (error) {
      console.error("The PDF could not be made", error);
      setStatus({ state: "failed" });
    } finally {
      busy.current = false;
    }
  }, [kind, input]);

  return { status, download, preload: preloadRenderer };
}
