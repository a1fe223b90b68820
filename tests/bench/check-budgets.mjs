// `npm run test:budgets`: run after `next build` (NEXT_DIST_DIR, default .next).
// Fails when any route's first-load JS is over budget or loads the PDF renderer up front,
// or when the schema library (zod) is bundled whole.
import { budgets } from "./budgets.mjs";
import { nextBaseline } from "./lib/next-baseline.mjs";
import { kib, measureFirstLoad } from "./lib/first-load.mjs";
import { resolveDistDir } from "../../scripts/lib/built-pages.mjs";
import { firstLoadFailures, firstLoadTable, rendererSummary, buildUsesRenderer, schemaLibrarySummary } from "./lib/first-load-report.mjs";

const result = measureFirstLoad(resolveDistDir(), { baseline: await nextBaseline() });
console.log(
  `First-load JavaScript (gzip) per route. Baseline: ${result.baseline.route} = ${kib(result.baseline.gzip)} KiB; ` +
    `budget ${budgets.firstLoadRatio}× = ${kib(result.baseline.gzip * budgets.firstLoadRatio)} KiB.`,
);
console.log(firstLoadTable(result));
console.log(rendererSummary(result));
console.log(schemaLibrarySummary(result));
const failures = firstLoadFailures(result, { usesRenderer: buildUsesRenderer(result.distDir) });
if (failures.length) {
  console.error(`\nBudget check FAILED (${failures.length}):\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log(`\nBudgets met: every route within ${budgets.firstLoadRatio}× Next's own baseline (${kib(result.baseline.gzip * budgets.firstLoadRatio)} KiB gzip); no route loads the PDF renderer up front; the schema library is tree-shaken (at most ${budgets.schemaLibraryKiB} KiB).`);
