// `npm run test:budgets`: run after `next build` (NEXT_DIST_DIR, default .next).
// Fails when any route's first-load JS is over budget or loads the PDF renderer up front.
import { budgets } from "./budgets.mjs";
import { kib, measureFirstLoad, resolveDistDir } from "./lib/first-load.mjs";
import { firstLoadFailures, firstLoadTable, rendererSummary, sourceUsesRenderer } from "./lib/first-load-report.mjs";

const result = measureFirstLoad(resolveDistDir());
console.log(firstLoadTable(result));
console.log(rendererSummary(result));
const failures = firstLoadFailures(result, { usesRenderer: sourceUsesRenderer() });
if (failures.length) {
  console.error(`\nBudget check FAILED (${failures.length}):\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log(`\nBudgets met: every route within ${budgets.firstLoadRatio}× the baseline (${kib(result.baseline.gzip * budgets.firstLoadRatio)} KiB gzip); no route loads the PDF renderer up front.`);
