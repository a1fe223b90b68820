// The page's side of the documents' worker. Starting the worker fetches and
// runs the PDF renderer (several hundred kilobytes) on the worker's thread, so
// no page loads it up front and the page's main thread never compiles it.
import type { Locale } from "@/lib/i18n/locales";
import type { DocumentInput, PdfKind, RenderedPdf } from "./types";

/** One file to make: which document, from which answers, in which language. */
export type PdfRequest = { id: number; kind: PdfKind; input: DocumentInput; locale: Locale };
export type PdfReply = { id: number } & (RenderedPdf | { error: string });

let worker: Worker | undefined;
let lastId = 0;
const waiting = new Map<number, { resolve: (pdf: RenderedPdf) => void; reject: (error: Error) => void }>();

function failAll(error: Error) {
  for (const { reject } of waiting.values()) reject(error);
  waiting.clear();
  // The next request starts a new worker (a dropped connection, a new deploy).
  worker?.terminate();
  worker = undefined;
}

function startedWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("./pdf.worker.ts", import.meta.url));
  worker.onmessage = ({ data }: MessageEvent<PdfReply>) => {
    const pending = waiting.get(data.id);
    waiting.delete(data.id);
    if ("error" in data) pending?.reject(new Error(data.error));
    else pending?.resolve({ blob: data.blob, fileName: data.fileName });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(new Error(`PDF worker: ${event.message}`));
  };
  return worker;
}

/** Rejects if the worker cannot start (the promise's executor throws). */
export function makePdfInWorker(kind: PdfKind, input: DocumentInput, locale: Locale): Promise<RenderedPdf> {
  return new Promise((resolve, reject) => {
    const id = (lastId += 1);
    startedWorker().postMessage({ id, kind, input, locale } satisfies PdfRequest);
    // The reply comes in a later task, so registering after posting is in time.
    waiting.set(id, { resolve, reject });
  });
}
