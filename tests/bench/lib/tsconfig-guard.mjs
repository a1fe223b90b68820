// `next build` with a dist dir other than .next adds "<distDir>/types/**/*.ts"
// (and dev/types) to tsconfig.json's include. A measurement build must not
// edit the project's files, so these helpers take back only our own entries,
// leaving anything else (another engineer's edit, another build's entries) alone.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export function snapshotTsconfig() {
  return existsSync("tsconfig.json") ? readFileSync("tsconfig.json", "utf8") : undefined;
}

export function restoreTsconfig(before, distDir) {
  if (before === undefined || !existsSync("tsconfig.json")) return;
  const now = readFileSync("tsconfig.json", "utf8");
  if (now === before) return;
  const ours = (entry) => typeof entry === "string" && entry.startsWith(`${distDir.replace(/^\.\//, "")}/`);
  const parsedNow = JSON.parse(now);
  const parsedBefore = JSON.parse(before);
  const added = (parsedNow.include ?? []).filter((entry) => ours(entry) && !(parsedBefore.include ?? []).includes(entry));
  if (!added.length) return;
  parsedNow.include = parsedNow.include.filter((entry) => !added.includes(entry));
  // Same content as before our build: put back the original text, formatting and all.
  if (JSON.stringify(parsedNow) === JSON.stringify(parsedBefore)) writeFileSync("tsconfig.json", before);
  else writeFileSync("tsconfig.json", `${JSON.stringify(parsedNow, null, 2)}\n`);
}
