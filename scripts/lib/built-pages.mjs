// What a production build serves on first load: its page routes, their
// prerendered HTML and the scripts that HTML makes the browser fetch. Shared
// by the build's compile-hint step and the benchmarks, so both agree on what
// "first load" means.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export function resolveDistDir(root = process.cwd()) {
  return path.resolve(root, process.env.NEXT_DIST_DIR || ".next");
}

/** The app's page routes, from the build's own manifest (route handlers left out). */
export function builtPageRoutes(distDir) {
  const manifestFile = path.join(distDir, "app-path-routes-manifest.json");
  if (!existsSync(manifestFile)) {
    throw new Error(`No build in ${distDir} (missing app-path-routes-manifest.json). Run the build first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  return Object.entries(manifest)
    .filter(([entry]) => entry.endsWith("/page"))
    .map(([, route]) => route)
    .filter((route) => route !== "/_global-error")
    .sort((a, b) => (a === "/" ? -1 : b === "/" ? 1 : a.localeCompare(b)));
}

export function htmlFileFor(distDir, route) {
  const name = route === "/" ? "index" : route.replace(/^\//, "");
  return path.join(distDir, "server", "app", `${name}.html`);
}

/** Script URLs a modern browser fetches on first load (nomodule polyfills are skipped by it). */
export function firstLoadScripts(html) {
  const urls = new Set();
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = match[1] ?? "";
    if (/\bnomodule\b/i.test(attributes)) continue;
    const src = /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
    if (src?.startsWith("/_next/static/")) urls.add(src);
  }
  for (const match of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attributes = match[1] ?? "";
    if (!/\brel="modulepreload"/i.test(attributes)) continue;
    const href = /\bhref="([^"]+)"/i.exec(attributes)?.[1];
    if (href?.startsWith("/_next/static/")) urls.add(href);
  }
  return [...urls];
}

/** The file in the build that serves a /_next/static/… URL. */
export function staticFilePath(distDir, url) {
  const relative = decodeURIComponent(url.replace(/^\/_next\/static\//, "").split("?")[0] ?? "");
  return path.join(distDir, "static", relative);
}

/** Every script that some prerendered page loads up front, as files in the build. */
export function firstLoadScriptFiles(distDir) {
  const files = new Set();
  for (const route of builtPageRoutes(distDir)) {
    const htmlFile = htmlFileFor(distDir, route);
    if (!existsSync(htmlFile)) continue;
    for (const url of firstLoadScripts(readFileSync(htmlFile, "utf8"))) files.add(staticFilePath(distDir, url));
  }
  return [...files].sort();
}
