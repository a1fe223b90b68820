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

/**
 * Does any page of this build import the renderer (possibly lazily)? Then some
 * client chunk must hold it, or the detector is stale. The server build's file
 * traces name every package a page can reach.
 */
export function buildUsesRenderer(distDir) {
  const walk = (dir) =>
    readdirSync(dir).some((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return walk(full);
      return name.endsWith(".nft.json") && readFileSync(full, "utf8").includes("@react-pdf/renderer");
    });
  const serverApp = path.join(distDir, "server", "app");
  return existsSync(serverApp) && walk(serverApp);
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
      const shell = new Set(result.appShell.files.map((file) => file.url));
      const own = route.files.filter((file) => !shell.has(file.url));
      const ownGzip = own.reduce((sum, file) => sum + file.gzip, 0);
      const biggest = own
        .sort((a, b) => b.gzip - a.gzip)
        .slice(0, 4)
        .map((file) => `${file.url.replace("/_next/static/chunks/", "")} ${kib(file.gzip)} KiB`)
        .join(", ");
      failures.push(
        `${route.route}: first-load JS ${kib(route.gzip)} KiB gzip is ${route.ratio.toFixed(2)}× the baseline ${result.baseline.route} ` +
          `(${kib(result.baseline.gzip)} KiB); budget ${budgets.firstLoadRatio}× = ${kib(limit)} KiB, over by ${kib(route.gzip - limit)} KiB. ` +
          `Shared with every page (framework + root layout, as on this app's ${BASELINE_ROUTE}): ${kib(result.appShell.gzip)} KiB; ` +
          `this route's own: ${kib(ownGzip)} KiB${biggest ? ` (${biggest})` : ""}.`,
      );
    }
    if (route.hasRenderer) {
      const chunks = route.files.filter((file) => file.hasRenderer).map((file) => file.url);
      failures.push(`${route.route}: the PDF renderer is in its first load (${chunks.join(", ")}); import it on demand instead.`);
    }
  }
  const unhinted = [...new Set(result.routes.flatMap((route) => route.files.filter((file) => !file.compileHinted).map((file) => file.url)))];
  if (unhinted.length) {
    failures.push(
      `${unhinted.length} script(s) that pages load up front lack the compile hint, so Chrome compiles them on the main thread: ` +
        `${unhinted.join(", ")}. \`npm run build\` adds it (scripts/compile-hints.mjs).`,
    );
  }
  for (const chunk of result.rendererChunks.filter((file) => file.compileHinted)) {
    failures.push(`${chunk.url}: the PDF renderer carries the compile hint, so Chrome would compile all of it eagerly although it loads on demand and runs only in part.`);
  }
  if (usesRenderer && result.rendererChunks.length === 0) {
    failures.push(
      "A page imports @react-pdf/renderer but no built client chunk matches the renderer markers: the detector is out of date, so its 'no renderer up front' verdict cannot be trusted.",
    );
  }
  if (result.schemaLibraryChunks.length === 0) {
    failures.push(
      "No built client chunk matches the schema library markers ($ZodObject, $ZodString), yet the client validates with zod/mini: the detector is out of date, so its size verdict cannot be trusted.",
    );
  }
  for (const chunk of result.schemaLibraryChunks) {
    if (chunk.gzip > budgets.schemaLibraryKiB * 1024) {
      failures.push(
        `${chunk.url}: the schema library chunk is ${kib(chunk.gzip)} KiB gzip, over its ${budgets.schemaLibraryKiB} KiB budget: ` +
          "something imports zod whole (a namespace import() or a re-export), so the bundler cannot leave out what the schemas never use.",
      );
    }
  }
  return failures;
}

export function schemaLibrarySummary(result) {
  if (!result.schemaLibraryChunks.length) return "Schema library (zod): not in any chunk of this build.";
  return `Schema library (zod) chunk(s): ${result.schemaLibraryChunks
    .map((chunk) => `${chunk.url} (${kib(chunk.gzip)} KiB gzip)`)
    .join(", ")}; budget ${budgets.schemaLibraryKiB} KiB each.`;
}

export function rendererSummary(result) {
  if (!result.rendererChunks.length) return "PDF renderer: not in any chunk of this build.";
  const eager = new Set(result.routes.flatMap((route) => route.files.filter((file) => file.hasRenderer).map((file) => file.url)));
  return `PDF renderer chunk(s): ${result.rendererChunks
    .map((chunk) => `${chunk.url} (${kib(chunk.gzip)} KiB gzip, ${eager.has(chunk.url) ? "loaded UP FRONT" : "loaded on demand"})`)
    .join(", ")}`;
}
