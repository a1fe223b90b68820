// Each document's file for the latest answers, made ahead in the worker, so a
// click saves a file that is ready (or already on its way). Keyed by the
// document, its language and the answers themselves: a changed answer makes a
// new file, never a stale one, and the letter in Spanish is never the English one.
import type { Locale } from "@/lib/i18n/locales";
import { makePdfInWorker } from "./pdf-worker-client";
import type { DocumentInput, PdfKind, RenderedPdf } from "./types";

const prepared = new Map<`${PdfKind}:${Locale}`, { key: string; file: Promise<RenderedPdf> }>();

/** The file for these answers in `locale`: the prepared one, or a new one. */
export function pdfFor(kind: PdfKind, input: DocumentInput, locale: Locale): Promise<RenderedPdf> {
  const slot = `${kind}:${locale}` as const;
  const key = JSON.stringify(input);
  const ready = prepared.get(slot);
  if (ready?.key === key) return ready.file;
  const file = makePdfInWorker(kind, input, locale);
  prepared.set(slot, { key, file });
  // A failed file is not kept: the next click tries again.
  file.catch(() => {
    if (prepared.get(slot)?.file === file) prepared.delete(slot);
  });
  return file;
}
