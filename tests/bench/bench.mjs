// `npm run bench`: builds the app (NEXT_DIST_DIR, default .next; --no-build to
// reuse a build), then measures and prints:
//  - first-load JS (gzip) of every route from the built pages' script tags,
//    and its ratio to Next's own baseline page (/_not-found);
//  - whether any route's first load holds the PDF renderer;
//  - PDF generation in node (letter and checklist, median of 20);
//  - the documents' property tests with 200 random members each (DOC_RUNS);
//  - PDF generation in the browser, as a member meets it (tests/bench/lib/pdf-browser.mjs):
//    click to download, first click and a later one after an answer changed, median of 5;
//  - PDF sizes.
// Writes everything to tests/bench/results/bench.json. Exits 1 when a
// first-load budget fails. BENCH_PORT (default 3430) for `next start`.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { budgets } from "./budgets.mjs";
import { kib, measureFirstLoad } from "./lib/first-load.mjs";
import { resolveDistDir } from "../../scripts/lib/built-pages.mjs";
import { firstLoadFailures, firstLoadTable, rendererSummary, buildUsesRenderer } from "./lib/first-load-report.mjs";
import { nextBaseline } from "./lib/next-baseline.mjs";
import { analyzeBuild, routeContributors } from "./lib/attribution.mjs";
import { measureBrowserPdf } from "./lib/pdf-browser.mjs";
import { ensureBuild, startServer, stopServer } from "./lib/server.mjs";
import { formatTable } from "./lib/table.mjs";

const resultsDir = path.resolve("tests/bench/results");
mkdirSync(resultsDir, { recursive: true });
const distDir = resolveDistDir();
const port = Number(process.env.BENCH_PORT ?? 3430);
const ms = (value) => `${Math.round(value)} ms`;

ensureBuild(distDir, { force: !process.argv.includes("--no-build") });

// 1. First-load JavaScript.
const firstLoad = measureFirstLoad(distDir, { baseline: await nextBaseline() });
console.log(
  `\nFirst-load JavaScript (gzip) per route. Baseline: ${firstLoad.baseline.route} = ${kib(firstLoad.baseline.gzip)} KiB; ` +
    `budget ${budgets.firstLoadRatio}× = ${kib(firstLoad.baseline.gzip * budgets.firstLoadRatio)} KiB.`,
);
console.log(firstLoadTable(firstLoad));
console.log(rendererSummary(firstLoad));
const failures = firstLoadFailures(firstLoad, { usesRenderer: buildUsesRenderer(distDir) });

// 1b. Who is in the first load, when a route is over budget (or with --analyze).
const limit = firstLoad.baseline.gzip * budgets.firstLoadRatio;
const overBudget = firstLoad.routes.filter((route) => route.prerendered && route.gzip > limit);
let contributors;
if (overBudget.length || process.argv.includes("--analyze")) {
  const analyzeDir = `${path.relative(process.cwd(), distDir)}-analyze`;
  console.log(`\nFinding the biggest contributors with \`next analyze\` (into ${analyzeDir}) …`);
  try {
    analyzeBuild(analyzeDir);
    const routes = process.argv.includes("--analyze") ? firstLoad.routes.filter((route) => route.prerendered) : overBudget;
    contributors = routes.map((route) => {
      const found = routeContributors(analyzeDir, route.route);
      // The analyzer counts minified bytes; share the route's measured gzip out in proportion.
      const gzipPerByte = route.gzip / found.rawBytes;
      return {
        route: route.route,
        gzip: route.gzip,
        overBy: Math.max(0, route.gzip - limit),
        contributors: found.contributors.map((item) => ({ ...item, approxGzip: Math.round(item.rawBytes * gzipPerByte) })),
      };
    });
    console.log(
      formatTable([
        ["Route", "Over budget by", "Framework (next, react)", "Biggest contributors beyond the framework (≈ KiB gzip)"],
        ...contributors.map((item) => [
          item.route,
          `${kib(item.overBy)} KiB`,
          `${kib(item.contributors.filter((c) => c.framework).reduce((sum, c) => sum + c.approxGzip, 0))} KiB`,
          item.contributors
            .filter((c) => !c.framework)
            .slice(0, 7)
            .map((c) => `${c.name} ${kib(c.approxGzip)}`)
            .join(", "),
        ]),
      ]),
    );
  } catch (error) {
    console.error(`Could not attribute the first load: ${error.message.split("\n")[0]}`);
  }
}

// 2. PDF generation in node (vitest runs the TSX document components).
console.log("\nPDF generation in node (20 renders each) …");
const vitest = spawnSync(path.resolve("node_modules/.bin/vitest"), ["run", "--config", "tests/bench/vitest.timing.config.mts"], {
  stdio: ["ignore", "pipe", "inherit"],
  encoding: "utf8",
});
let pdfNode;
if (vitest.status === 0) {
  pdfNode = JSON.parse(readFileSync(path.join(resultsDir, "pdf-node.json"), "utf8"));
  console.log(
    formatTable([
      ["Document (node)", "Median of 20", "Min", "Max", "First (cold)", "Size"],
      ...Object.entries(pdfNode).map(([name, result]) => [name, ms(result.medianMs), ms(result.minMs), ms(result.maxMs), ms(result.firstMs), `${kib(result.bytes)} KiB`]),
    ]),
  );
} else {
  console.error(vitest.stdout);
  failures.push("PDF generation in node failed (see above).");
}

// 2b. The documents' property tests at full strength: `npm test` runs a few
// cases of each (enough to catch a regression in a minute); here, 200.
const propertyRuns = process.env.DOC_RUNS ?? "200";
console.log(`\nDocuments' property tests, ${propertyRuns} random members each …`);
const properties = spawnSync(path.resolve("node_modules/.bin/vitest"), ["run", "tests/unit/documents/documents-property.test.tsx"], {
  stdio: ["ignore", "pipe", "inherit"],
  encoding: "utf8",
  env: { ...process.env, DOC_RUNS: propertyRuns },
});
console.log(properties.status === 0 ? "All passed." : properties.stdout);
if (properties.status !== 0) failures.push("The documents' property tests failed (see above).");

// 3. PDF generation in the browser.
console.log("\nPDF generation in the browser (click to download; a fresh context per run, CPU slowed from the start, idle 1 s, pointer onto the button, click; the later click after an answer changed) …");
let pdfBrowser;
const server = await startServer(distDir, port);
try {
  pdfBrowser = await measureBrowserPdf(server.origin);
  console.log(
    formatTable([
      ["Document (browser)", "CPU", "First click (median of 5)", "Later click, after a change (median of 5)", "Size", "File name"],
      ...pdfBrowser.map((result) => [
        result.document,
        result.cpuSlowdown === 1 ? "host" : `${result.cpuSlowdown}x slower`,
        ms(result.firstClickMs),
        ms(result.laterClickMs),
        `${kib(result.bytes)} KiB`,
        result.fileName,
      ]),
    ]),
  );
} catch (error) {
  console.error(error);
  failures.push(`PDF generation in the browser failed: ${error.message.split("\n")[0]}`);
} finally {
  stopServer(server);
}

const report = {
  measuredAt: new Date().toISOString(),
  distDir: path.relative(process.cwd(), distDir),
  budgets,
  firstLoad: {
    baseline: firstLoad.baseline,
    appShell: { route: firstLoad.appShell.route, gzip: firstLoad.appShell.gzip },
    routes: firstLoad.routes.map(({ route, prerendered, gzip, bytes, ratio, hasRenderer, files }) => ({
      route,
      prerendered,
      gzip,
      bytes,
      ratio,
      hasRenderer,
      files: files.map((file) => ({ url: file.url, gzip: file.gzip })),
    })),
    rendererChunks: firstLoad.rendererChunks.map(({ url, gzip, bytes }) => ({ url, gzip, bytes })),
  },
  contributors,
  pdfNode,
  pdfBrowser,
  failures,
};
writeFileSync(path.join(resultsDir, "bench.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWrote ${path.relative(process.cwd(), path.join(resultsDir, "bench.json"))}`);
if (failures.length) {
  console.error(`\nFAILED:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log("All budgets met.");
