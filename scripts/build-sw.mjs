// Runs at the end of `npm run build` (after the compile hints, so the hashes
// are those of the files served): bundles the offline service worker
// (lib/offline/service-worker.ts, with serwist) into public/sw.js, with the
// build's precache list (scripts/lib/precache.mjs) in place of
// self.__SW_MANIFEST. public/sw.js is a build product (gitignored).
import { build } from "esbuild";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { resolveDistDir } from "./lib/built-pages.mjs";
import { gzipBytes, precacheEntries, SERVICE_WORKER_FILE } from "./lib/precache.mjs";

const kib = (bytes) => (bytes / 1024).toFixed(1);

export async function buildServiceWorker({ distDir = resolveDistDir(), root = process.cwd() } = {}) {
  const publicDir = path.join(root, "public");
  const outfile = path.join(publicDir, SERVICE_WORKER_FILE);
  const entries = precacheEntries(distDir, publicDir);
  await build({
    entryPoints: [path.join(root, "lib", "offline", "service-worker.ts")],
    outfile,
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    legalComments: "none",
    define: {
      "self.__SW_MANIFEST": JSON.stringify(entries.map(({ url, revision }) => ({ url, revision }))),
      // serwist's development logging and checks are left out.
      "process.env.NODE_ENV": JSON.stringify("production"),
    },
    logLevel: "warning",
  });
  return { entries, outfile, precacheGzip: entries.reduce((sum, entry) => sum + gzipBytes(entry.file), 0), workerGzip: gzipBytes(outfile) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { entries, outfile, precacheGzip, workerGzip } = await buildServiceWorker();
  const pages = entries.filter((entry) => entry.file.endsWith(".html")).length;
  console.log(
    `Service worker: ${path.relative(process.cwd(), outfile)} (${kib(workerGzip)} KiB gzip) precaches ${entries.length} files ` +
      `(${pages} pages), ${kib(precacheGzip)} KiB gzip.`,
  );
}
