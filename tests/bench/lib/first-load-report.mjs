import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { budgets } from "../budgets.mjs";
import { BASELINE_ROUTE, kib } from "./first-load.mjs";
import { formatTable } from "./table.mjs";

export function firstLoadTable(result) {
  return formatTable([
    ["Route", "First-load JS (gzip)", "× baseline", "Files", "PDF renderer up front", "Within budget"],
    ...result.routes.map((route) => [
      route.route,
      route.prerendered ? `${kib(route.gzip)} KiB` : "not prerendered",
      route.prerendered ? route.ratio.toFixed(2) : "—",
      route.files.length,
      route.hasRenderer ? "YES" : "no",
      route.prerendered && route.ratio <= budgets.firstLoadRatio && !route.hasRenderer ? "yes" : "NO",
    ]),
  ]);
}

/** Does the app's source import the renderer anywhere (then the build must hold it in some chunk)? */
export function sourceUsesRenderer(root = process.cwd()) {
  const walk = (dir) =>
    readdirSync(dir).some((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return walk(full);
      return /\.(t|j)sx?$/.test(name) && readFileSync(full, "utf8").includes("@react-pdf/renderer");
    });
  return ["app", "components", "lib"].some((dir) => existsSync(path.join(root, dir)) && walk(path.join(root, dir)));
}

/** Budget failures as sentences a reviewer can act on; empty when all is well. */
export function firstLoadFailures(result, { usesRenderer }) {
  const failures = [];
  const limit = result.baseline.gzip * budgets.firstLoadRatio;
  for (const route of result.routes) {
    if (!route.prerendered) {
      failures.push(`${route.route}: no prerendered HTML, so its first load cannot be measured (every page should be static).`);
      continue;
    }
    if (route.gzip > limit) {
      const extra = route.files
        .filter((file) => !result.baseline.files.some((base) => base.url === file.url))
        .sort((a, b) => b.gzip - a.gzip)
        .map((file) => `${file.url} ${kib(file.gzip)} KiB`)
        .join(", ");
      failures.push(
        `${route.route}: first-load JS ${kib(route.gzip)} KiB gzip is ${route.ratio.toFixed(2)}× the ${BASELINE_ROUTE} baseline ` +
          `(${kib(result.baseline.gzip)} KiB); budget ${budgets.firstLoadRatio}× = ${kib(limit)} KiB. Beyond the baseline: ${extra}`,
      );
    }
    if (route.hasRenderer) {
      const chunks = route.files.filter((file) => file.hasRenderer).map((file) => file.url);
      failures.push(`${route.route}: the PDF renderer is in its first load (${chunks.join(", ")}); import it on demand instead.`);
    }
  }
  if (usesRenderer && result.rendererChunks.length === 0) {
    failures.push(
      "The app imports @react-pdf/renderer but no built chunk matches the renderer markers: the detector is out of date, so its 'no renderer up front' verdict cannot be trusted.",
    );
  }
  return failures;
}

export function rendererSummary(result) {
  if (!result.rendererChunks.length) return "PDF renderer: not in any chunk of this build.";
  const eager = new Set(result.routes.flatMap((route) => route.files.filter((file) => file.hasRenderer).map((file) => file.url)));
  return `PDF renderer chunk(s): ${result.rendererChunks
    .map((chunk) => `${chunk.url} (${kib(chunk.gzip)} KiB gzip, ${eager.has(chunk.url) ? "loaded UP FRONT" : "loaded on demand"})`)
    .join(", ")}`;
}
