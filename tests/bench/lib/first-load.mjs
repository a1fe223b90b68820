// First-load JavaScript of every prerendered route, measured the way a phone
// downloads it: the <script src> tags (and modulepreload links) of each built
// page, each file gzipped, unique files summed. Next 16 no longer prints this.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { hasCompileHint } from "../../../scripts/compile-hints.mjs";
import { builtPageRoutes, firstLoadScripts, htmlFileFor, resolveDistDir, staticFilePath } from "../../../scripts/lib/built-pages.mjs";

export const BASELINE_ROUTE = "/_not-found";

/**
 * Strings that only @react-pdf/renderer's bundle carries (pdfkit's writer,
 * its document class and the base64 yoga WebAssembly). A chunk holds the
 * renderer when it has most of them, so no single word in our own code
 * (a comment, a file name) can trip the check.
 */
const RENDERER_MARKERS = ["PDFDocument", "startxref", "%PDF-", "FlateDecode", "AGFzbQ"];
const RENDERER_MIN_MARKERS = 4;
/** zod's core type names, which minifiers keep (they are strings). */
const SCHEMA_LIBRARY_MARKERS = ["$ZodObject", "$ZodString"];

const fileCache = new Map();
function staticFile(distDir, url) {
  const file = staticFilePath(distDir, url);
  if (!fileCache.has(file)) {
    if (!existsSync(file)) throw new Error(`A page refers to ${url}, which is not in ${path.join(distDir, "static")}`);
    const content = readFileSync(file);
    fileCache.set(file, {
      url,
      bytes: content.length,
      gzip: gzipSync(content, { level: 9 }).length,
      hasRenderer: containsRenderer(content.toString("latin1")),
      hasSchemaLibrary: SCHEMA_LIBRARY_MARKERS.every((marker) => content.includes(marker)),
      compileHinted: hasCompileHint(content.toString("latin1")),
    });
  }
  return fileCache.get(file);
}

function containsRenderer(source) {
  return RENDERER_MARKERS.filter((marker) => source.includes(marker)).length >= RENDERER_MIN_MARKERS;
}

/** Every JS chunk of the build that matches: the renderer's, the schema library's. */
function chunksWhere(distDir, matches) {
  const chunksDir = path.join(distDir, "static", "chunks");
  if (!existsSync(chunksDir)) return [];
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".js")) {
        const url = `/_next/static/${path.relative(path.join(distDir, "static"), full).split(path.sep).join("/")}`;
        const info = staticFile(distDir, url);
        if (matches(info)) found.push(info);
      }
    }
  };
  walk(chunksDir);
  return found;
}

/**
 * @param {{ baseline?: { route: string, gzip: number } }} [options] the yardstick for the ratios;
 *   by default this build's own /_not-found page.
 * @returns {{ distDir: string, baseline: { route: string, gzip: number }, appShell: object, routes: Array<{route: string,
 *   prerendered: boolean, files: object[], bytes: number, gzip: number, ratio: number, hasRenderer: boolean}>, rendererChunks: object[],
 *   schemaLibraryChunks: object[] }}
 */
export function measureFirstLoad(distDir = resolveDistDir(), options = {}) {
  fileCache.clear();
  const routes = builtPageRoutes(distDir).map((route) => {
    const htmlFile = htmlFileFor(distDir, route);
    if (!existsSync(htmlFile)) {
      return { route, prerendered: false, files: [], bytes: 0, gzip: 0, ratio: Number.NaN, hasRenderer: false };
    }
    const files = firstLoadScripts(readFileSync(htmlFile, "utf8")).map((url) => staticFile(distDir, url));
    return {
      route,
      prerendered: true,
      files,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      gzip: files.reduce((sum, file) => sum + file.gzip, 0),
      hasRenderer: files.some((file) => file.hasRenderer),
    };
  });
  const appShell = routes.find((route) => route.route === BASELINE_ROUTE);
  if (!appShell?.prerendered) throw new Error(`${BASELINE_ROUTE} was not prerendered in ${distDir}`);
  const baseline = options.baseline ?? appShell;
  for (const route of routes) route.ratio = route.prerendered ? route.gzip / baseline.gzip : Number.NaN;
  return {
    distDir,
    baseline,
    appShell,
    routes,
    rendererChunks: chunksWhere(distDir, (chunk) => chunk.hasRenderer),
    schemaLibraryChunks: chunksWhere(distDir, (chunk) => chunk.hasSchemaLibrary),
  };
}

export const kib = (bytes) => (bytes / 1024).toFixed(1);
