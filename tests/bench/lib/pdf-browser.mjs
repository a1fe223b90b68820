// PDF generation in the browser: from the click on the Documents page's
// download button to the file on disk. Each run is a fresh browser context
// (empty cache) seeded with a complete request; the first click also loads the
// renderer, the later click reuses it.
import { chromium } from "@playwright/test";
import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { chromiumFlags, systemChromium } from "../../support/chromium.mjs";
import { savedText, STORAGE_KEY } from "../../support/requests.mjs";

const completeRequestEnvelope = savedText();
import { median } from "./stats.mjs";

const DOCUMENTS_PATH = "/request/documents";
const documents = [
  { id: "letter", label: "Download letter (PDF)" },
  { id: "checklist", label: "Download checklist (PDF)" },
];

async function clickToFile(page, label) {
  const control = page.getByRole("button", { name: label, exact: true }).or(page.getByRole("link", { name: label, exact: true }));
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), control.click()]);
  const file = await download.path(); // resolves once the whole file is written
  const ms = performance.now() - started;
  return { ms, bytes: statSync(file).size, fileName: download.suggestedFilename() };
}

/** @returns per document and CPU slowdown: median first click, median later click, sizes. */
export async function measureBrowserPdf(origin, { runs = 5, cpuSlowdowns = [1, 4] } = {}) {
  const browser = await chromium.launch({
    executablePath: systemChromium(),
    args: chromiumFlags,
  });
  const results = [];
  try {
    for (const slowdown of cpuSlowdowns) {
      for (const document of documents) {
        const first = [];
        const later = [];
        let bytes = 0;
        let fileName = "";
        for (let run = 0; run < runs; run += 1) {
          const context = await browser.newContext({ acceptDownloads: true });
          const page = await context.newPage();
          await page.goto(`${origin}/robots.txt`);
          await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, completeRequestEnvelope]);
          await page.goto(`${origin}${DOCUMENTS_PATH}`, { waitUntil: "networkidle" });
          if (slowdown !== 1) {
            const cdp = await context.newCDPSession(page);
            await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
          }
          const firstClick = await clickToFile(page, document.label);
          const laterClick = await clickToFile(page, document.label);
          first.push(firstClick.ms);
          later.push(laterClick.ms);
          bytes = laterClick.bytes;
          fileName = laterClick.fileName;
          await context.close();
        }
        results.push({ document: document.id, cpuSlowdown: slowdown, runs, firstClickMs: median(first), laterClickMs: median(later), first, later, bytes, fileName });
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
