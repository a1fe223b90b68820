// `npm run test:budgets`: run after `next build` (NEXT_DIST_DIR, default .next).
// Fails when any route's first-load JS is over budget or loads the PDF renderer up front,
// or when the schema library (zod) is bundled whole.
import { budgets } from "./budgets.mjs";
import { nextBaseline } from "./lib/next-baseline.mjs";
import { kib, measureFirstLoad } from "./lib/first-load.mjs";
import { resolveDistDir } from "../../scripts/lib/built-pages.mjs";
import { firstLoadFailures, firstLoadTable, rendererSummary, buildUsesRenderer, schemaLibrarySummary } from "./lib/first-load-report.mjs";
import { languagesPerRoute } from "./lib/words-per-route.mjs";

const result = measureFirstLoad(resolveDistDir(), { baseline: await nextBaseline() });
console.log(
  `First-load JavaScript (gzip) per route. Baseline: ${result.baseline.route} = ${kib(result.baseline.gzip)} KiB; ` +
    `budget ${budgets.firstLoadRatio}× = ${kib(result.baseline.gzip * budgets.firstLoadRatio)} KiB.`,
);
console.log(firstLoadTable(result));
console.log(rendererSummary(result));
console.log(schemaLibrarySummary(result));
const failures = firstLoadFailures(result, { usesRenderer: buildUsesRenderer(result.distDir) });
// A page loads its own language's words only (issue 16): a Spanish page none of the English, and the reverse.
for (const { route, languages } of languagesPerRoute(result, result.distDir)) {
  const own = route === "/es" || route.startsWith("/es/") ? "es" : "en";
  for (const [language, example] of Object.entries(languages)) {
    if (language !== own) failures.push(`${route}: its first-load scripts carry words of the other language (${language}: "${example}"); load words by the page's language.`);
  }
}
if (failures.length) {
  console.error(`\nBudget check FAILED (${failures.length}):\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log(`\nBudgets met: every route within ${budgets.firstLoadRatio}× Next's own baseline (${kib(result.baseline.gzip * budgets.firstLoadRatio)} KiB gzip); no route loads the PDF renderer up front or the other language's words; the schema library is tree-shaken (at most ${budgets.schemaLibraryKiB} KiB).`);
