// What the offline service worker keeps (lib/offline/service-worker.ts): every
// prerendered page at the URL members open it by, every file the build serves
// under /_next/static (the pages' scripts and styles, the lazily loaded form
// engine and zod, the documents' worker and the PDF renderer) and the files in
// public/ (manifest, icons, the registration script). Each entry's revision is
// a hash of the file's content, so an unchanged file is not downloaded again
// after an update and a changed one always is.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The service worker itself is never precached: the browser checks it for updates. */
export const SERVICE_WORKER_FILE = "sw.js";

/**
 * The URL members open a prerendered route at. English pages are built under
 * /en (app/[lang]/…) and served at today's URLs by a rewrite, so /en is / and
 * /en/<p> is /<p>; every other route (/es/…, or a build without languages) is
 * its own URL.
 */
export function publicPath(route) {
  if (route === "/en") return "/";
  if (route.startsWith("/en/")) return route.slice("/en".length);
  return route;
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const contentHash = (content) => createHash("sha256").update(content).digest("hex").slice(0, 20);
const urlPath = (relative) => relative.split(path.sep).map(encodeURIComponent).join("/");

/**
 * @returns {{ url: string, revision: string, file: string }[]} the precache list, pages first;
 * `file` is where the build keeps the content (for sizes), not part of the worker's list.
 */
export function precacheEntries(distDir, publicDir) {
  const manifestFile = path.join(distDir, "prerender-manifest.json");
  if (!existsSync(manifestFile)) throw new Error(`No build in ${distDir} (missing prerender-manifest.json). Run the build first.`);
  const { routes } = JSON.parse(readFileSync(manifestFile, "utf8"));
  const entries = [];
  const add = (url, file) => entries.push({ url, revision: contentHash(readFileSync(file)), file });

  // Prerendered pages (HTML) and other prerendered files such as the app icon (a .body file);
  // Next's own /_not-found and /_global-error are shown only for an error, never opened by URL.
  for (const route of Object.keys(routes).sort()) {
    if (/^\/_/.test(route)) continue;
    const base = path.join(distDir, "server", "app", route === "/" ? "index" : route.slice(1));
    const file = [`${base}.html`, `${base}.body`].find((candidate) => existsSync(candidate));
    if (file) add(publicPath(route), file);
  }
  const staticDir = path.join(distDir, "static");
  for (const file of filesUnder(staticDir)) add(`/_next/static/${urlPath(path.relative(staticDir, file))}`, file);
  for (const file of filesUnder(publicDir)) {
    const relative = path.relative(publicDir, file);
    if (relative !== SERVICE_WORKER_FILE) add(`/${urlPath(relative)}`, file);
  }
  const seen = new Set();
  for (const { url } of entries) {
    if (seen.has(url)) throw new Error(`Two precache entries for ${url}`);
    seen.add(url);
  }
  return entries;
}

/** Bytes over the wire if the server gzips it (what the benchmarks report), for the build's summary. */
export const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
