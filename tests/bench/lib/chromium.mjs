// The system Chromium, as the brief prescribes, with flags that keep it quiet
// and off the network except for what a page asks for.
import { existsSync } from "node:fs";

export const chromiumPath = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
export function systemChromium() {
  return existsSync(chromiumPath) ? chromiumPath : undefined;
}
