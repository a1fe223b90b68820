// The system Chromium, as the brief prescribes, with the flags that keep it
// quiet and off the network except for what a page asks for: one list for
// Playwright (playwright.config.ts), the benchmarks and Lighthouse.
import { existsSync } from "node:fs";

export const chromiumPath = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

/** The system Chromium when it is there; otherwise undefined, and Playwright uses its own browser where one is installed. */
export function systemChromium() {
  return existsSync(chromiumPath) ? chromiumPath : undefined;
}
