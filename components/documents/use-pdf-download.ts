"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { pdfFor } from "@/lib/documents/prepared-pdfs";
import type { DocumentInput, PdfKind } from "@/lib/documents/types";
import type { Locale } from "@/lib/i18n/locales";

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

/** Runs once the page has nothing else to do (Safari has no requestIdleCallback). */
function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(run, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 200);
  return () => clearTimeout(handle);
}

/**
 * Makes a PDF in `locale` in the documents' worker and saves it. Once the page is idle,
 * or when the member points at or focuses the button, the file for the
 * current answers is made ahead, off the main thread, so the click only saves
 * it. No page loads the renderer up front.
 */
export function usePdfDownload(kind: PdfKind, input: DocumentInput | null, locale: Locale, { prepareAhead = true }: { prepareAhead?: boolean } = {}) {
  const [status, setStatus] = useState<PdfStatus>({ state: "idle" });
  const busy = useRef(false);

  // A failure while preparing is reported only if the member asks for the file.
  const prepare = useCallback(() => void (input && pdfFor(kind, input, locale).catch(() => undefined)), [kind, input, locale]);
  // The other language's copy is made when pointed at, not ahead: most members want only one.
  useEffect(() => (prepareAhead ? whenIdle(prepare) : undefined), [prepare, prepareAhead]);

  const download = useCallback(async () => {
    if (busy.current || !input) return;
    busy.current = true;
    setStatus({ state: "busy" });
    try {
      const { blob, fileName } = await pdfFor(kind, input, locale);
      saveFile(blob, fileName);
      setStatus({ state: "done", fileName });
    } catch (error) {
      console.error("The PDF could not be made", error);
      setStatus({ state: "failed" });
    } finally {
      busy.current = false;
    }
  }, [kind, input, locale]);

  return { status, download, preload: prepare };
}
