// `npm run lighthouse`: Lighthouse 12 (mobile preset, simulated slow 4G and a
// 4x slower CPU) with the system Chromium, on the start page, a wizard step,
// the review page and the documents page; 3 runs each, median of each score.
// Budgets: performance >= 95, accessibility 100, best practices >= 95.
// Each audit starts from a cold cache: HTTP cache, service workers and Cache
// Storage cleared; the seeded answers (localStorage) kept.
// NEXT_DIST_DIR picks the build (default .next, built first if missing);
// LIGHTHOUSE_PORT (default 3420) the app's port, LIGHTHOUSE_RUNS (default 3).
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { budgets } from "./budgets.mjs";
import { chromiumFlags, chromiumPath, systemChromium } from "../support/chromium.mjs";
import { resolveDistDir } from "../../scripts/lib/built-pages.mjs";
import { bareAppDir, nextBaseline } from "./lib/next-baseline.mjs";
import { fixtureClockOffset, startOnFixtureDay } from "../support/fixture-clock.mjs";
import { savedText, STORAGE_KEY } from "../support/requests.mjs";
import { ensureBuild, startServer, stopServer } from "./lib/server.mjs";
import { median } from "./lib/stats.mjs";
import { formatTable } from "./lib/table.mjs";

const completeRequestEnvelope = savedText();

const lighthouseVersion = createRequire(import.meta.url)("lighthouse/package.json").version;
const allPages = [
  { name: "Start page", path: "/", seeded: false },
  { name: "Start page, answers saved (the overview)", path: "/", seeded: true },
  { name: "Wizard step (Step 1: doctor)", path: "/request/doctor", seeded: true },
  { name: "Step 3: sending your request", path: "/request/submit/sending", seeded: true },
  { name: "Check your answers", path: "/request/review", seeded: true },
  { name: "Documents", path: "/request/documents", seeded: true },
  { name: "Step 3: your letter and checklist", path: "/request/submit/documents", seeded: true },
  { name: "Spanish start page", path: "/es", seeded: false },
  { name: "Spanish step (Paso 1: doctor)", path: "/es/request/doctor", seeded: true },
  // Next's own bare page, audited beside ours on the same host at the same time:
  // it shows how much of a low score is the host (a busy or slow machine) and not our code.
  { name: "Bare Next page (reference, no budget)", path: "/", seeded: false, reference: true },
];
// LIGHTHOUSE_ONLY=/,/request/review audits just those paths (for quick checks).
const only = process.env.LIGHTHOUSE_ONLY?.split(",");
const pages = allPages.filter((page) => !only || only.includes(page.path) || (page.reference && only.includes("reference")));
const categories = Object.keys(budgets.lighthouse);
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** How many times a run is tried before a page that will not load from a cold cache ends the measurement. */
const COLD_TRIES = 3;
const distDir = resolveDistDir();
const appPort = Number(process.env.LIGHTHOUSE_PORT ?? 3420);
const debuggingPort = appPort + 1;

/** "errors-in-console: 404 http://…/favicon.ico", so a failure says what to fix. */
function describeAudit(audit) {
  const items =
    audit.details?.type === "table"
      ? (audit.details.items ?? [])
          .slice(0, 3)
          .map((item) => [item.description, item.sourceLocation?.url ?? item.url ?? item.source?.url].filter(Boolean).join(" "))
          .filter(Boolean)
      : [];
  return `${audit.displayValue ?? audit.score}${items.length ? `: ${items.join("; ")}` : ""}`;
}

ensureBuild(distDir);
const server = await startServer(distDir, appPort);
let bare;
if (pages.some((page) => page.reference)) {
  await nextBaseline({ needApp: true });
  bare = await startServer(undefined, appPort + 2, { projectDir: bareAppDir });
}
const profile = mkdtempSync(path.join(tmpdir(), "lighthouse-profile-"));
// A persistent context is Chromium's default profile, the one Lighthouse opens
// its tab in, so answers seeded here are the ones the audited page reads.
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: systemChromium(),
  headless: true,
  args: [...chromiumFlags, `--remote-debugging-port=${debuggingPort}`],
});
// Every tab in this profile, Lighthouse's too, starts on the fixture's "today"
// (the seeded request was sent Dec 17, 2026: its dates must not be in the future).
await browser.addInitScript(startOnFixtureDay, fixtureClockOffset());
let exitCode = 1;
try {
  const results = [];
  for (const page of pages) {
    const lhrs = [];
    const html = await (await fetch(`${page.reference ? bare.origin : server.origin}${page.path}`)).text();
    const firstLoadAssets = new Set([...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]));
    /** One audit from a cold cache, or the first-load files it recorded as free (the cache was not cold after all). */
    const auditOnce = async () => {
      const helper = await browser.newPage();
      const cdp = await browser.newCDPSession(helper);
      await cdp.send("Network.clearBrowserCache");
      const origin = page.reference ? bare.origin : server.origin;
      // Every audited page registers the offline service worker, whose cache
      // would serve the next audit's files: remove the worker and Cache Storage
      // (never localStorage, which holds the seeded answers).
      await cdp.send("Storage.clearDataForOrigin", { origin, storageTypes: "service_workers,cache_storage" });
      // A same-origin URL that loads no scripts, so nothing is cached before the audit.
      await helper.goto(`${origin}/robots.txt`);
      await helper.evaluate(
        ([key, value]) => (value === null ? localStorage.removeItem(key) : localStorage.setItem(key, value)),
        [STORAGE_KEY, page.seeded ? completeRequestEnvelope : null],
      );
      // Lighthouse's own reset is off for the seeded pages (it would delete the
      // answers), so do its cache reset here, after the helper's own load:
      // without it, the audited page's first scripts were recorded as 0-byte
      // downloads, which the simulation then counts as free.
      await cdp.send("Network.clearBrowserCache");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });
      await helper.close();
      const result = await lighthouse(`${origin}${page.path}`, {
        port: debuggingPort,
        output: "json",
        logLevel: "error",
        onlyCategories: categories,
        // Keep the seeded answers; the HTTP cache was cleared above instead.
        disableStorageReset: page.seeded,
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${page.path}: ${lhr.runtimeError.message}`);
      if (lhr.finalDisplayedUrl !== `${origin}${page.path}`) {
        throw new Error(`${page.path} ended on ${lhr.finalDisplayedUrl}: the page redirected, so the wrong page was audited`);
      }
      // The page's own first-load scripts and styles must have been downloaded (only the first request for each counts).
      const firstRequests = new Map();
      for (const request of lhr.audits["network-requests"]?.details?.items ?? []) if (!firstRequests.has(request.url)) firstRequests.set(request.url, request);
      const freeDownloads = [...firstRequests.values()].filter(
        (request) => firstLoadAssets.has(new URL(request.url).pathname) && request.transferSize === 0,
      );
      return { lhr, freeDownloads: freeDownloads.map((request) => request.url) };
    };
    for (let run = 1; run <= runs; run += 1) {
      // A run not measured from a cold cache is not counted: it is tried again, up to COLD_TRIES times.
      let attempt = await auditOnce();
      for (let tries = 1; attempt.freeDownloads.length > 0 && tries < COLD_TRIES; tries += 1) {
        console.log(`  ${page.path} run ${run}/${runs}: not from a cold cache (${attempt.freeDownloads.length} files recorded as 0-byte downloads); trying again`);
        attempt = await auditOnce();
      }
      if (attempt.freeDownloads.length > 0) {
        throw new Error(`${page.path}: ${COLD_TRIES} tries were not measured from a cold cache: ${attempt.freeDownloads.join(", ")}`);
      }
      const { lhr } = attempt;
      lhrs.push(lhr);
      const scores = categories.map((id) => `${id} ${Math.round(lhr.categories[id].score * 100)}`).join(", ");
      console.log(`  ${page.path} run ${run}/${runs}: ${scores}`);
    }
    const score = Object.fromEntries(categories.map((id) => [id, Math.round(median(lhrs.map((lhr) => lhr.categories[id].score)) * 100)]));
    const metric = (id) => median(lhrs.map((lhr) => lhr.audits[id]?.numericValue ?? Number.NaN));
    // Per category, each audit that scored under 0.9 in any run, with its value in every run.
    const failingAudits = Object.fromEntries(
      categories.map((id) => {
        const failing = new Map();
        for (const lhr of lhrs) {
          for (const ref of lhr.categories[id].auditRefs) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit.score !== null && audit.score < 0.9) failing.set(ref.id, []);
          }
        }
        for (const [auditId, values] of failing) for (const lhr of lhrs) values.push(describeAudit(lhr.audits[auditId]));
        return [id, [...failing].map(([auditId, values]) => `${auditId} (${values.join(" | ")})`)];
      }),
    );
    // Where the main-thread time goes (the median-TBT run): the scripts that take longest to run.
    const tbtRun = [...lhrs].sort((a, b) => a.audits["total-blocking-time"].numericValue - b.audits["total-blocking-time"].numericValue)[
      Math.floor(lhrs.length / 2)
    ];
    const bootup = (tbtRun.audits["bootup-time"]?.details?.items ?? [])
      .slice(0, 4)
      .map((item) => `${String(item.url).replace(/^https?:\/\/[^/]+/, "")} ${Math.round(item.scripting)} ms`);
    // What moved, when a run shifted the layout.
    const shifts = [
      ...new Set(
        lhrs.flatMap((lhr) =>
          (lhr.audits["layout-shifts"]?.details?.items ?? []).map(
            (item) => `${item.node?.selector ?? item.node?.snippet ?? "?"} (${Number(item.score).toFixed(3)})`,
          ),
        ),
      ),
    ].slice(0, 3);
    results.push({
      ...page,
      shifts,
      score,
      metrics: {
        fcpMs: metric("first-contentful-paint"),
        lcpMs: metric("largest-contentful-paint"),
        tbtMs: metric("total-blocking-time"),
        cls: metric("cumulative-layout-shift"),
        siMs: metric("speed-index"),
      },
      benchmarkIndex: median(lhrs.map((lhr) => lhr.environment?.benchmarkIndex ?? Number.NaN)),
      runs: lhrs.map((lhr) => Object.fromEntries(categories.map((id) => [id, Math.round(lhr.categories[id].score * 100)]))),
      failingAudits,
      bootup,
    });
  }

  const benchmarkIndex = Math.round(median(results.map((result) => result.benchmarkIndex)));
  console.log(
    `\nLighthouse ${lighthouseVersion} (mobile preset: simulated slow 4G, 4x CPU slowdown; ${chromiumPath}), median of ${runs} runs; ` +
      `host benchmarkIndex ${benchmarkIndex}${benchmarkIndex < 1000 ? " (a slow or busy host: performance scores run low)" : ""}`,
  );
  console.log(
    formatTable([
      ["Page", "Path", "Performance", "Accessibility", "Best practices", "FCP", "LCP", "TBT", "CLS"],
      ...results.map((result) => [
        result.name,
        result.path,
        result.score.performance,
        result.score.accessibility,
        result.score["best-practices"],
        `${(result.metrics.fcpMs / 1000).toFixed(1)} s`,
        `${(result.metrics.lcpMs / 1000).toFixed(1)} s`,
        `${Math.round(result.metrics.tbtMs)} ms`,
        result.metrics.cls.toFixed(3),
      ]),
    ]),
  );
  mkdirSync(path.join("tests", "bench", "results"), { recursive: true });
  writeFileSync(path.join("tests", "bench", "results", "lighthouse.json"), `${JSON.stringify(results, null, 2)}\n`);

  const failures = results.filter((result) => !result.reference).flatMap((result) =>
    categories
      .filter((id) => result.score[id] < budgets.lighthouse[id])
      .map(
        (id) =>
          `${result.path}: ${id} ${result.score[id]} < ${budgets.lighthouse[id]}` +
          (result.failingAudits[id].length ? ` (failing audits, per run: ${result.failingAudits[id].join(", ")})` : "") +
          (id === "performance" && result.bootup.length ? `; longest-running scripts (×4 CPU): ${result.bootup.join(", ")}` : "") +
          (id === "performance" && result.shifts.length ? `; layout shifts: ${result.shifts.join(", ")}` : ""),
      ),
  );
  if (failures.length) console.error(`\nLighthouse budgets FAILED:\n- ${failures.join("\n- ")}`);
  else console.log("\nLighthouse budgets met: performance >= 95, accessibility 100, best practices >= 95 on every page.");
  exitCode = failures.length ? 1 : 0;
} finally {
  await browser.close();
  stopServer(server);
  stopServer(bare);
  rmSync(profile, { recursive: true, force: true });
}
process.exit(exitCode);
