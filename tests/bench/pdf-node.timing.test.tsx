// PDF generation in node: the letter and the checklist for a member who filled
// in everything (the same saved answers the browser bench uses, read through
// the app's own storage and rules), 20 renders each after one warm-up.
// Writes tests/bench/results/pdf-node.json for bench.mjs.
import { english } from "@/lib/documents/language/en";
import { renderToBuffer } from "@react-pdf/renderer";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { expect, it } from "vitest";
import { savedText } from "@/tests/support/requests.mjs";
import { checklistDocument } from "@/lib/documents/checklist";
import { letterDocument } from "@/lib/documents/letter";
import { todayInCalifornia } from "@/lib/dates/california-today";
import type { DocumentInput } from "@/lib/documents/types";
import { deriveRules } from "@/lib/rules";
import { loadRequest, STORAGE_KEY } from "@/lib/storage/request-storage";

const RUNS = 20;

async function time(make: () => Parameters<typeof renderToBuffer>[0]) {
  const started = performance.now();
  const first = await renderToBuffer(make());
  const firstMs = performance.now() - started;
  const samples: number[] = [];
  let bytes = first.length;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const buffer = await renderToBuffer(make());
    samples.push(performance.now() - start);
    bytes = buffer.length;
    expect(buffer.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  }
  samples.sort((a, b) => a - b);
  const median = (samples[RUNS / 2 - 1]! + samples[RUNS / 2]!) / 2;
  return { runs: RUNS, firstMs, medianMs: median, minMs: samples[0]!, maxMs: samples[RUNS - 1]!, bytes };
}

it("renders the letter and the checklist in node", async () => {
  const saved = savedText();
  const { request, notices } = loadRequest({ getItem: (key) => (key === STORAGE_KEY ? saved : null) });
  expect(notices).toEqual([]);
  const now = new Date();
  const documentInput: DocumentInput = { request, rules: deriveRules(request, now), today: todayInCalifornia(now) };
  const letter = await time(() => letterDocument(documentInput, english));
  const checklist = await time(() => checklistDocument(documentInput, english));
  const blankChecklist = await time(() => checklistDocument(null, english));
  const results = { letter, checklist, blankChecklist };
  mkdirSync(path.resolve("tests/bench/results"), { recursive: true });
  writeFileSync(path.resolve("tests/bench/results/pdf-node.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results));
});
