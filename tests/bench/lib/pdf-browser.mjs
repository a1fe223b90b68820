// PDF generation in the browser, as a member meets it: a fresh browser
// context (empty cache) with the answers already saved, the CPU slowed from
// the start (DevTools throttling, no network throttling), the page left idle
// for a second, then the pointer moves onto the download button and clicks.
// Timed from the click to the browser's download. The first click also loads
// the renderer. The later click comes after an answer changed (the member ID,
// changed in another tab of the same browser), and the file is read back to
// check it has the new answer, so a stale file cannot pass as a fast one.
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { extractText, getDocumentProxy } from "unpdf";
import { chromiumFlags, systemChromium } from "../../support/chromium.mjs";
import { fixtureClockOffset, startOnFixtureDay } from "../../support/fixture-clock.mjs";
import { completeHmoRequest, savedText, STORAGE_KEY } from "../../support/requests.mjs";
import { median } from "./stats.mjs";

function deniedRequest() {
  const request = completeHmoRequest();
  request.decision = { outcome: "denied", denialDate: { month: "12", day: "19", year: "2026" }, denialReason: "Not medically necessary" };
  return request;
}

const documents = [
  { id: "letter", label: "Download letter (PDF)", path: "/request/documents", request: completeHmoRequest },
  { id: "checklist", label: "Download checklist (PDF)", path: "/request/documents", request: completeHmoRequest },
  { id: "grievance letter", label: "Download grievance letter (PDF)", path: "/request/decision/next-steps", request: deniedRequest },
];

const IDLE_MS = 1000;

async function pdfText(file) {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  return (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, " ");
}

/** Pointer onto the button, click, and the time until the browser downloads the file. */
async function clickToDownload(page, label) {
  const button = page.getByRole("button", { name: label, exact: true });
  await button.hover();
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), button.click()]);
  const ms = performance.now() - started;
  const file = await download.path();
  return { ms, file, fileName: download.suggestedFilename() };
}

async function oneRun(browser, origin, document, slowdown) {
  const request = document.request();
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    await context.addInitScript(startOnFixtureDay, fixtureClockOffset());
    await context.addInitScript(([key, value]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    }, [STORAGE_KEY, savedText(request)]);
    const page = await context.newPage();
    if (slowdown !== 1) await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: slowdown });
    await page.goto(`${origin}${document.path}`, { waitUntil: "networkidle" });
    await page.waitForTimeout(IDLE_MS);
    const first = await clickToDownload(page, document.label);

    // Another tab changes the member ID; this page hears of it (the storage event) and must use it.
    const changedId = `BENCH-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
    const other = await context.newPage();
    await other.goto(`${origin}/robots.txt`);
    await other.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, savedText({ ...request, plan: { ...request.plan, memberId: changedId } })]);
    await other.close();
    await page.mouse.move(0, 0);
    await page.waitForTimeout(IDLE_MS);
    const later = await clickToDownload(page, document.label);
    if (!(await pdfText(later.file)).includes(changedId)) throw new Error(`${document.id}: the later file does not have the changed member ID`);
    return { firstMs: first.ms, laterMs: later.ms, bytes: readFileSync(later.file).length, fileName: later.fileName };
  } finally {
    await context.close();
  }
}

/** @returns per document and CPU slowdown: the median first and later click, and the file. */
export async function measureBrowserPdf(origin, { runs = 5, cpuSlowdowns = [1, 4] } = {}) {
  const browser = await chromium.launch({ executablePath: systemChromium(), args: chromiumFlags });
  const results = [];
  try {
    for (const slowdown of cpuSlowdowns) {
      for (const document of documents) {
        const samples = [];
        for (let run = 0; run < runs; run += 1) samples.push(await oneRun(browser, origin, document, slowdown));
        const first = samples.map((sample) => sample.firstMs);
        const later = samples.map((sample) => sample.laterMs);
        const { bytes, fileName } = samples.at(-1);
        results.push({ document: document.id, cpuSlowdown: slowdown, runs, firstClickMs: median(first), laterClickMs: median(later), first, later, bytes, fileName });
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
