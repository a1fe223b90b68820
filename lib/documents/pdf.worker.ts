// The documents' worker: makes PDFs off the page's main thread, so the page
// answers taps while the renderer starts and while a file is made. Each
// request names its language; the worker loads only the languages asked for.
import { loadDocumentLanguage } from "./language";
import { renderPdf } from "./render-in-browser";
import type { PdfRequest, PdfReply } from "./pdf-worker-client";

self.onmessage = async ({ data: { id, kind, input, locale } }: MessageEvent<PdfRequest>) => {
  let reply: PdfReply;
  try {
    reply = { id, ...(await renderPdf(kind, input, await loadDocumentLanguage(locale))) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
