// Start and stop `next start` for a built dist dir, on loopback only.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { restoreTsconfig, snapshotTsconfig } from "./tsconfig-guard.mjs";

const nextBin = path.resolve("node_modules", ".bin", "next");

export function ensureBuild(distDir, { force = false } = {}) {
  if (!force && existsSync(path.join(distDir, "BUILD_ID"))) return false;
  console.log(`Building into ${path.relative(process.cwd(), distDir) || "."} …`);
  const tsconfig = snapshotTsconfig();
  // The project's own build script, so the benchmarks measure what `npm run build` ships (compile hints included).
  const result = spawnSync("npm", ["run", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_DIST_DIR: path.relative(process.cwd(), distDir) },
  });
  restoreTsconfig(tsconfig, path.relative(process.cwd(), distDir));
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
  return true;
}

/**
 * Starts `next start` on 127.0.0.1:port for this project's build in distDir
 * (or, with projectDir, for another app's default build); resolves once the start page answers.
 */
export async function startServer(distDir, port, { projectDir } = {}) {
  const child = spawn(nextBin, ["start", ...(projectDir ? [projectDir] : []), "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: projectDir ? "" : path.relative(process.cwd(), distDir),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  // Never leave a server behind, even when the script dies.
  process.once("exit", () => stopServer(child));
  let output = "";
  child.stdout.on("data", (data) => (output += data));
  child.stderr.on("data", (data) => (output += data));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stopServer(child);
      throw new Error(`next start did not answer on ${origin} within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { origin, child, output: () => output };
}

export function stopServer(server) {
  const child = server?.child ?? server;
  if (!child || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM"); // its own process group: next start and its workers
  } catch {
    child.kill("SIGTERM");
  }
}
