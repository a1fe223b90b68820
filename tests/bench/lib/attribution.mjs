// Who is in each route's first load: Next's bundle analyzer (`next analyze`,
// Turbopack only) records every module's share of every client chunk. Summed
// per package (or per app folder) over the route's initial chunk groups, it
// names the biggest contributors beyond the framework. Slow (a full compile),
// so `npm run bench` runs it only when a route is over budget, or with --analyze.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { restoreTsconfig, snapshotTsconfig } from "./tsconfig-guard.mjs";

const nextBin = path.resolve("node_modules/.bin/next");
/** Next's own client runtime: what the bare baseline page already carries. */
const FRAMEWORK = /^(next|react|react-dom|scheduler|@swc\/helpers|\[turbopack\].*)$/;

function owner(sourcePath) {
  const clean = sourcePath.replace(/^\[project\]\//, "");
  const packages = [...clean.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
  if (packages.length) return packages.at(-1)[1];
  const parts = clean.split("/");
  return parts.length > 2 ? parts.slice(0, 2).join("/") : clean;
}

export function analyzeBuild(analyzeDir) {
  const tsconfig = snapshotTsconfig();
  const result = spawnSync(nextBin, ["analyze", "-o", "--experimental-app-only"], {
    encoding: "utf8",
    env: { ...process.env, NEXT_DIST_DIR: analyzeDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  restoreTsconfig(tsconfig, analyzeDir);
  if (result.status !== 0) throw new Error(`next analyze failed:\n${result.stdout}\n${result.stderr}`);
}

/** @returns {{ route: string, rawBytes: number, contributors: {name: string, rawBytes: number, framework: boolean}[] }} */
export function routeContributors(analyzeDir, route) {
  const result = spawnSync(nextBin, ["analyze", "export", "--dist-dir", analyzeDir, "--route", route], {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`next analyze export failed for ${route}:\n${result.stderr}`);
  const records = result.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  // Chunks loaded up front: the bootstrap and whatever the first render needs (not async imports).
  const initial = new Set(
    records
      .filter((record) => record.type === "group" && (record.kind === "bootstrap" || record.kind === "render_dependent"))
      .flatMap((record) => record.outputs),
  );
  const totals = new Map();
  let rawBytes = 0;
  for (const record of records) {
    if (record.type !== "part" || !initial.has(record.filename) || !record.filename.endsWith(".js")) continue;
    const name = owner(record.source_path);
    totals.set(name, (totals.get(name) ?? 0) + record.size);
    rawBytes += record.size;
  }
  const contributors = [...totals]
    .map(([name, bytes]) => ({ name, rawBytes: bytes, framework: FRAMEWORK.test(name) }))
    .sort((a, b) => b.rawBytes - a.rawBytes);
  return { route, rawBytes, contributors };
}
