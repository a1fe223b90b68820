import { renderToBuffer } from "@react-pdf/renderer";
import { extractText, getDocumentProxy, getMeta } from "unpdf";

type Renderable = Parameters<typeof renderToBuffer>[0];

type ParsedPdf = {
  bytes: Buffer;
  pages: string[];
  /** All pages, whitespace collapsed to single spaces. */
  text: string;
  info: Record<string, unknown>;
};

/** Renders a document and reads it back the way a PDF reader would. */
export async function renderAndParse(element: Renderable): Promise<ParsedPdf> {
  const bytes = await renderToBuffer(element);
  return parsePdf(bytes);
}

async function parsePdf(bytes: Uint8Array): Promise<ParsedPdf> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text: pages } = await extractText(pdf, { mergePages: false });
  const { info } = await getMeta(pdf);
  await pdf.destroy();
  return { bytes: Buffer.from(bytes), pages, text: squash(pages.join(" ")), info: info as Record<string, unknown> };
}

/** Whitespace collapsed, so text is compared regardless of where lines break. */
export const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Text with whitespace and hyphens removed: a word that was too long for a line
 * is broken with a hyphen, so this is how "the word is there" is checked. NFKC
 * because the PDF reader gives some glyphs back as their compatibility twin
 * (the micro sign µ comes back as the Greek letter μ).
 */
export const canonical = (text: string) => text.normalize("NFKC").replace(/[\s-]+/g, "");
