// `node scripts/make-icons.mjs`: draws the home-screen icons in public/icons
// from the favicon's design (a white tick on the brand blue, app/icon.png) with
// the local Chromium; nothing is fetched. Run by hand when the design changes;
// the PNGs are committed.
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromiumFlags, systemChromium } from "../tests/support/chromium.mjs";

const BRAND = "#0f4c81";
const tick = `<path d="M8 17l5 5 11-12" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/>`;
/** "any": the favicon's rounded square. */
const anyIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${BRAND}"/>${tick}</svg>`;
/** "maskable": blue to the edges, the tick inside the central safe circle (radius 40 %). */
const maskableIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BRAND}"/><g transform="translate(16 16) scale(0.6) translate(-16 -16)">${tick}</g></svg>`;

const icons = [
  { file: "icon-192.png", size: 192, svg: anyIcon },
  { file: "icon-512.png", size: 512, svg: anyIcon },
  { file: "icon-maskable-512.png", size: 512, svg: maskableIcon },
];

const outDir = path.resolve("public", "icons");
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: systemChromium(), args: chromiumFlags });
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: path.join(outDir, file), omitBackground: true });
    await page.close();
    console.log(`public/icons/${file} (${size} × ${size})`);
  }
} finally {
  await browser.close();
}
