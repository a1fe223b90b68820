import { readFileSync, statSync } from "node:fs";
import type { Download } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";

/** Text a PDF reader extracts from a download, whitespace collapsed, and the file's size. */
export async function pdfText(download: Download): Promise<{ text: string; bytes: number }> {
  const file = await download.path();
  const bytes = readFileSync(file);
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return { text: text.replace(/\s+/g, " "), bytes: statSync(file).size };
}
