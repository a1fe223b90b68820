import { defineConfig, devices } from "@playwright/test";
import { chromiumFlags, systemChromium } from "./tests/support/chromium.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Playwright cannot download its own browser here, so prefer the system
// Chromium; elsewhere fall back to Playwright's bundled browser.
const executablePath = systemChromium();

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "off",
    // The offline service worker would answer from its cache and change what
    // the other specs see (which requests fetch the renderer, a fresh page per
    // test); tests/e2e/offline.spec.ts opts in.
    serviceWorkers: "block",
    launchOptions: {
      executablePath,
      args: chromiumFlags,
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } } },
    { name: "mobile", use: { ...devices["Desktop Chrome"], viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
  ],
  webServer: {
    // `npm test` builds once before the suites; run alone, Playwright builds itself.
    command: `${process.env.E2E_SKIP_BUILD ? "" : "npm run build && "}npx next start -p ${port} -H 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
    timeout: 300_000,
  },
});
