// The build step that marks first-load scripts for eager compilation, run on a
// small build folder laid out as `next build` leaves it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT, withCompileHint } from "../../../scripts/compile-hints.mjs";

const folders = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function fakeBuild({ pages, chunks }) {
  const distDir = mkdtempSync(path.join(tmpdir(), "compile-hints-"));
  folders.push(distDir);
  mkdirSync(path.join(distDir, "server", "app", "request"), { recursive: true });
  mkdirSync(path.join(distDir, "static", "chunks"), { recursive: true });
  const manifest = Object.fromEntries(Object.keys(pages).map((route) => [`${route === "/" ? "" : route}/page`, route]));
  writeFileSync(path.join(distDir, "app-path-routes-manifest.json"), JSON.stringify(manifest));
  for (const [route, html] of Object.entries(pages)) {
    writeFileSync(path.join(distDir, "server", "app", `${route === "/" ? "index" : route.slice(1)}.html`), html);
  }
  for (const [name, source] of Object.entries(chunks)) writeFileSync(path.join(distDir, "static", "chunks", name), source);
  const read = (name) => readFileSync(path.join(distDir, "static", "chunks", name), "utf8");
  return { distDir, read };
}

describe("withCompileHint", () => {
  it.each([
    ["a script without the hint", "push([1,(e)=>{}]);", `${COMPILE_HINT}push([1,(e)=>{}]);`],
    ["a script that already has it", `${COMPILE_HINT}push([]);`, `${COMPILE_HINT}push([]);`],
    ["an empty script", "", COMPILE_HINT],
  ])("puts the hint first, once: %s", (_case, source, expected) => {
    expect(withCompileHint(source)).toBe(expected);
  });
});

describe("addCompileHints", () => {
  const page = (...scripts) =>
    `<html><head>${scripts.map((src) => `<script src="${src}" async=""></script>`).join("")}` +
    `<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>` +
    // Flight data names chunks that load only when needed: they are not first-load scripts.
    `<body><script>self.__next_f.push([1,"\\"/_next/static/chunks/renderer.js\\""])</script></body></html>`;

  it("marks every page's up-front scripts, and leaves lazily loaded and nomodule scripts alone", () => {
    const build = fakeBuild({
      pages: {
        "/": page("/_next/static/chunks/framework.js", "/_next/static/chunks/start.js"),
        "/request/doctor": page("/_next/static/chunks/framework.js", "/_next/static/chunks/doctor.js"),
      },
      chunks: { "framework.js": "f();", "start.js": "s();", "doctor.js": "d();", "renderer.js": "r();", "polyfills.js": "p();" },
    });

    const hinted = addCompileHints(build.distDir).map((file) => path.basename(file));

    expect(hinted).toEqual(["doctor.js", "framework.js", "start.js"]);
    expect(build.read("framework.js")).toBe(`${COMPILE_HINT}f();`);
    expect(build.read("doctor.js")).toBe(`${COMPILE_HINT}d();`);
    expect(build.read("renderer.js")).toBe("r();");
    expect(build.read("polyfills.js")).toBe("p();");
  });

  it("running it twice (a second build step) adds nothing more", () => {
    const build = fakeBuild({ pages: { "/": page("/_next/static/chunks/start.js") }, chunks: { "start.js": "s();" } });
    addCompileHints(build.distDir);
    addCompileHints(build.distDir);
    expect(build.read("start.js")).toBe(`${COMPILE_HINT}s();`);
  });

  it("says which build is missing instead of hinting nothing", () => {
    const empty = mkdtempSync(path.join(tmpdir(), "compile-hints-"));
    folders.push(empty);
    expect(() => addCompileHints(empty)).toThrow(/No build in .*app-path-routes-manifest\.json/);
  });
});
