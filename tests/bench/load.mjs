// `npm run load`: a short, bounded load run against `next start` on loopback:
// 50 connections for 20 s over the HTML of every route. Fails on any error,
// timeout or non-2xx response. NEXT_DIST_DIR picks the build (default .next,
// built first if missing); LOAD_PORT (default 3410), LOAD_SECONDS, LOAD_CONNECTIONS.
import autocannon from "autocannon";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { budgets } from "./budgets.mjs";
import { BASELINE_ROUTE } from "./lib/first-load.mjs";
import { builtPageRoutes, resolveDistDir } from "../../scripts/lib/built-pages.mjs";
import { ensureBuild, startServer, stopServer } from "./lib/server.mjs";
import { formatTable } from "./lib/table.mjs";

const distDir = resolveDistDir();
const port = Number(process.env.LOAD_PORT ?? 3410);
const duration = Number(process.env.LOAD_SECONDS ?? 20);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);

ensureBuild(distDir);
// Every page route; the not-found page answers 404 by design, so it is left out.
const routes = builtPageRoutes(distDir).filter((route) => route !== BASELINE_ROUTE);
const server = await startServer(distDir, port);
let failed = true;
try {
  for (const route of routes) {
    const response = await fetch(`${server.origin}${route}`);
    if (response.status !== 200) throw new Error(`${route} answered ${response.status} before the load run`);
  }
  console.log(`Load: ${connections} connections for ${duration} s over ${routes.length} routes on ${server.origin} …`);
  const result = await autocannon({
    url: server.origin,
    connections,
    duration,
    requests: routes.map((route) => ({ method: "GET", path: route, headers: { accept: "text/html" } })),
  });
  const summary = {
    routes,
    connections,
    durationSeconds: duration,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    throughputMBps: result.throughput.average / 1e6,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
  console.log(
    formatTable([
      ["Requests", "Req/s (mean)", "p50 latency", "p99 latency", "Max latency", "Throughput", "Errors", "Timeouts", "Non-2xx"],
      [
        summary.requests,
        summary.requestsPerSecond.toFixed(0),
        `${summary.latencyMs.p50} ms`,
        `${summary.latencyMs.p99} ms`,
        `${summary.latencyMs.max} ms`,
        `${summary.throughputMBps.toFixed(1)} MB/s`,
        summary.errors,
        summary.timeouts,
        summary.non2xx,
      ],
    ]),
  );
  mkdirSync(path.join("tests", "bench", "results"), { recursive: true });
  writeFileSync(path.join("tests", "bench", "results", "load.json"), `${JSON.stringify(summary, null, 2)}\n`);
  const problems = [];
  if (summary.errors + summary.timeouts > budgets.load.errors) problems.push(`${summary.errors} errors and ${summary.timeouts} timeouts`);
  if (summary.non2xx > budgets.load.non2xx) problems.push(`${summary.non2xx} non-2xx responses`);
  if (summary.requests === 0) problems.push("no request completed");
  if (problems.length) console.error(`Load run FAILED: ${problems.join("; ")}`);
  else console.log("Load run passed: zero errors, zero non-2xx responses.");
  failed = problems.length > 0;
} finally {
  stopServer(server);
}
process.exit(failed ? 1 : 0);
