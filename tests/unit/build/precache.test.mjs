// The offline service worker's precache list, built from a small build folder
// laid out as `next build` leaves it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { precacheEntries, publicPath } from "../../../scripts/lib/precache.mjs";

const folders = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function write(file, content) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** `pages`: route -> HTML (or a .body file for "/icon.png"); `statics`: path under static/ -> content; `publics`: path under public/. */
function fakeBuild({ pages, statics = {}, publics = {} }) {
  const root = mkdtempSync(path.join(tmpdir(), "precache-"));
  folders.push(root);
  const distDir = path.join(root, ".next");
  const publicDir = path.join(root, "public");
  const routes = Object.fromEntries(Object.keys(pages).map((route) => [route, {}]));
  write(path.join(distDir, "prerender-manifest.json"), JSON.stringify({ routes }));
  for (const [route, content] of Object.entries(pages)) {
    const base = path.join(distDir, "server", "app", route === "/" ? "index" : route.slice(1));
    write(route.endsWith(".png") ? `${base}.body` : `${base}.html`, content);
  }
  for (const [name, content] of Object.entries(statics)) write(path.join(distDir, "static", name), content);
  for (const [name, content] of Object.entries(publics)) write(path.join(publicDir, name), content);
  return { distDir, publicDir };
}

describe("publicPath", () => {
  it.each([
    ["/", "/"],
    ["/request/plan", "/request/plan"],
    ["/en", "/"],
    ["/en/request/plan", "/request/plan"],
    ["/es", "/es"],
    ["/es/request/plan", "/es/request/plan"],
    ["/english", "/english"],
    ["/en-us/x", "/en-us/x"],
  ])("a route built as %s is opened at %s", (route, url) => {
    expect(publicPath(route)).toBe(url);
  });
});

describe("precacheEntries", () => {
  it("lists every page at its public URL, every static file and public file, but not the service worker or Next's error pages", () => {
    const { distDir, publicDir } = fakeBuild({
      pages: { "/": "<p>start</p>", "/request/plan": "<p>plan</p>", "/_not-found": "404", "/_global-error": "500", "/icon.png": "PNG" },
      statics: { "chunks/a1b2.js": "a()", "chunks/renderer.js": "pdf()", "BUILD/_buildManifest.js": "m", "media/font file.woff2": "f" },
      publics: { "manifest.webmanifest": "{}", "icons/icon-192.png": "png", "register-sw.js": "r()", "sw.js": "old worker" },
    });
    const urls = precacheEntries(distDir, publicDir).map((entry) => entry.url);
    expect(urls.sort()).toEqual(
      [
        "/",
        "/request/plan",
        "/icon.png",
        "/_next/static/chunks/a1b2.js",
        "/_next/static/chunks/renderer.js",
        "/_next/static/BUILD/_buildManifest.js",
        "/_next/static/media/font%20file.woff2",
        "/manifest.webmanifest",
        "/icons/icon-192.png",
        "/register-sw.js",
      ].sort(),
    );
  });

  it("maps a build with languages to the URLs members open", () => {
    const { distDir, publicDir } = fakeBuild({ pages: { "/en": "start", "/en/request/plan": "plan", "/es": "inicio", "/es/request/plan": "plan es" } });
    expect(precacheEntries(distDir, publicDir).map((entry) => entry.url).sort()).toEqual(["/", "/es", "/es/request/plan", "/request/plan"]);
  });

  it("revisions each file by its content: the same content the same revision, a change a new one", () => {
    const first = fakeBuild({ pages: { "/": "start" }, statics: { "chunks/x.js": "x()" } });
    const second = fakeBuild({ pages: { "/": "start, changed" }, statics: { "chunks/x.js": "x()" } });
    const revisions = (build) => Object.fromEntries(precacheEntries(build.distDir, build.publicDir).map((entry) => [entry.url, entry.revision]));
    const [before, after] = [revisions(first), revisions(second)];
    expect(after["/_next/static/chunks/x.js"]).toBe(before["/_next/static/chunks/x.js"]);
    expect(after["/"]).not.toBe(before["/"]);
    expect(before["/"]).toMatch(/^[0-9a-f]{20}$/);
  });

  it("refuses a folder without a build", () => {
    const root = mkdtempSync(path.join(tmpdir(), "precache-"));
    folders.push(root);
    expect(() => precacheEntries(root, path.join(root, "public"))).toThrow(/Run the build first/);
  });
});
