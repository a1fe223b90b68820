// Runs after `next build` (see package.json): marks every script a page loads
// up front with V8's explicit compile hint. Chrome (136 and later) then compiles
// all of that script's functions on a background thread while it downloads,
// instead of on the main thread the first time each one is called. Without it,
// React's and Next's start-up code is compiled inside the page's longest task,
// which on a slow phone blocks the first tap. Other browsers read the line as a
// comment. Scripts loaded later (the PDF renderer, the form engine) are left
// alone: only some of their functions run, and eager compiling would waste
// memory on code that never runs.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { firstLoadScriptFiles, resolveDistDir } from "./lib/built-pages.mjs";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** V8 reads the hint only on a script's first line. */
export const hasCompileHint = (source) => source.startsWith(COMPILE_HINT);

/** The script with the hint as its first line; unchanged if it has one. */
export function withCompileHint(source) {
  return hasCompileHint(source) ? source : COMPILE_HINT + source;
}

/** @returns {string[]} the files that now carry the hint */
export function addCompileHints(distDir) {
  const files = firstLoadScriptFiles(distDir);
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    const hinted = withCompileHint(source);
    if (hinted !== source) writeFileSync(file, hinted);
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const distDir = resolveDistDir();
  const files = addCompileHints(distDir);
  console.log(`Compile hints: ${files.length} first-load scripts in ${path.relative(process.cwd(), distDir) || "."} are compiled eagerly.`);
}
