// Next's own baseline: the first load of /_not-found in a bare app (a root
// layout and a page, no code of ours) built with the installed Next and React.
// This app's /_not-found is not that: it carries our root layout (the saved
// answers provider, header, footer), which would hide the shell's own cost if
// it were the yardstick.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { BASELINE_ROUTE, measureFirstLoad } from "./first-load.mjs";

const require = createRequire(import.meta.url);
const versionOf = (name) => require(path.resolve("node_modules", name, "package.json")).version;

/** Inside the project (so Next resolves the same packages), git-ignored by the .next* rule. */
const referenceDir = path.resolve(".next-bench-baseline");
const cacheFile = path.join(referenceDir, "baseline.json");

export async function nextBaseline({ log = console.log } = {}) {
  const key = { next: versionOf("next"), react: versionOf("react"), reactDom: versionOf("react-dom") };
  if (existsSync(cacheFile)) {
    const cached = JSON.parse(readFileSync(cacheFile, "utf8"));
    if (JSON.stringify(cached.key) === JSON.stringify(key)) return cached;
  }
  log(`Measuring Next ${key.next}'s own baseline: building a bare app in ${path.relative(process.cwd(), referenceDir)} …`);
  rmSync(referenceDir, { recursive: true, force: true });
  mkdirSync(path.join(referenceDir, "app"), { recursive: true });
  // Plain .jsx, so Next neither type-checks nor writes a tsconfig for it.
  writeFileSync(
    path.join(referenceDir, "app", "layout.jsx"),
    'export default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  );
  writeFileSync(path.join(referenceDir, "app", "page.jsx"), "export default function Page() {\n  return <h1>Baseline</h1>;\n}\n");
  writeFileSync(path.join(referenceDir, "next.config.mjs"), "export default { reactStrictMode: true, poweredByHeader: false };\n");
  const result = spawnSync(path.resolve("node_modules/.bin/next"), ["build", referenceDir], {
    encoding: "utf8",
    env: { ...process.env, NEXT_DIST_DIR: "", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`Building the bare reference app failed:\n${result.stdout}\n${result.stderr}`);
  const measured = measureFirstLoad(path.join(referenceDir, ".next"));
  const baseline = {
    key,
    route: `${BASELINE_ROUTE} (bare Next ${key.next} app)`,
    gzip: measured.baseline.gzip,
    bytes: measured.baseline.bytes,
    files: measured.baseline.files.length,
  };
  writeFileSync(cacheFile, `${JSON.stringify(baseline, null, 2)}\n`);
  return baseline;
}
