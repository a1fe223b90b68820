// Each document's file for the latest answers, made ahead in the worker, so a
// click saves a file that is ready (or already on its way). Keyed by the
// answers themselves: a changed answer makes a new file, never a stale one.
import { makePdfInWorker } from "./pdf-worker-client";
import type { DocumentInput, PdfKind, RenderedPdf } from "./types";

const prepared = new Map<PdfKind, { key: string; file: Promise<RenderedPdf> }>();

/** The file for these answers: the prepared one, or a new one. */
export function pdfFor(kind: PdfKind, input: DocumentInput): Promise<RenderedPdf> {
  const key = JSON.stringify(input);
  const ready = prepared.get(kind);
  if (ready?.key === key) return ready.file;
  const file = makePdfInWorker(kind, input);
  prepared.set(kind, { key, file });
  // A failed file is not kept: the next click tries again.
  file.catch(() => {
    if (prepared.get(kind)?.file === file) prepared.delete(kind);
  });
  return file;
}
