// Next's own baseline: the first load of /_not-found in a bare app (a root
// layout and a page, no code of ours) built with the installed Next and React.
// This app's /_not-found is not that: it carries our root layout (the saved
// answers provider, header, footer), which would hide the shell's own cost if
// it were the yardstick.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { BASELINE_ROUTE, measureFirstLoad } from "./first-load.mjs";

const require = createRequire(import.meta.url);
const versionOf = (name) => require(path.resolve("node_modules", name, "package.json")).version;

/** Inside the project (so Next resolves the same packages), git-ignored by the .next* rule. */
const referenceDir = path.resolve(".next-bench-baseline");
const cacheFile = path.join(referenceDir, "baseline.json");
/** The built bare app, kept so Lighthouse can audit it beside ours on the same host. */
export const bareAppDir = path.join(referenceDir, "app-build");

export async function nextBaseline({ log = console.log, needApp = false } = {}) {
  const key = { next: versionOf("next"), react: versionOf("react"), reactDom: versionOf("react-dom") };
  if (existsSync(cacheFile) && (!needApp || existsSync(path.join(bareAppDir, ".next", "BUILD_ID")))) {
    const cached = JSON.parse(readFileSync(cacheFile, "utf8"));
    if (JSON.stringify(cached.key) === JSON.stringify(key)) return cached;
  }
  // Built in a folder of its own, so two runs at once (two engineers' test runs) cannot collide.
  const buildDir = `${referenceDir}.tmp-${process.pid}`;
  log(`Measuring Next ${key.next}'s own baseline: building a bare app in ${path.relative(process.cwd(), buildDir)} …`);
  rmSync(buildDir, { recursive: true, force: true });
  mkdirSync(path.join(buildDir, "app"), { recursive: true });
  // Plain .jsx, so Next neither type-checks nor writes a tsconfig for it.
  writeFileSync(
    path.join(buildDir, "app", "layout.jsx"),
    'export const metadata = { title: "Baseline" };\n\nexport default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  );
  writeFileSync(path.join(buildDir, "app", "page.jsx"), "export default function Page() {\n  return <main><h1>Baseline</h1></main>;\n}\n");
  writeFileSync(path.join(buildDir, "next.config.mjs"), "export default { reactStrictMode: true, poweredByHeader: false };\n");
  try {
    const result = spawnSync(path.resolve("node_modules/.bin/next"), ["build", buildDir], {
      encoding: "utf8",
      env: { ...process.env, NEXT_DIST_DIR: "", NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (result.status !== 0) throw new Error(`Building the bare reference app failed:\n${result.stdout}\n${result.stderr}`);
    const measured = measureFirstLoad(path.join(buildDir, ".next"));
    const baseline = {
      key,
      route: `${BASELINE_ROUTE} (bare Next ${key.next} app)`,
      gzip: measured.baseline.gzip,
      bytes: measured.baseline.bytes,
      files: measured.baseline.files.length,
    };
    mkdirSync(referenceDir, { recursive: true });
    const temporary = `${cacheFile}.${process.pid}`;
    writeFileSync(temporary, `${JSON.stringify(baseline, null, 2)}\n`);
    renameSync(temporary, cacheFile);
    rmSync(bareAppDir, { recursive: true, force: true });
    renameSync(buildDir, bareAppDir);
    return baseline;
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
}
