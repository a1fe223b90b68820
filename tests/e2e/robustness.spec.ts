// Whatever is left in this device's storage (a corrupt save, an old or newer
// format, wrong types, a huge value), every page still works: it loads, it
// tells the member what it could not read, it passes axe, and the wizard goes on.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { ConsoleMessage, Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { saveBeforeFirstPage } from "./support/saved-answers";
import { completeHmoRequest, savedText } from "@/tests/support/requests.mjs";
import { expect, test } from "./support/test";

const complete = savedText();
const completeRequest = completeHmoRequest() as unknown as Record<string, unknown>;

// What the member is told, in the page's language.
type Notice = { en: string; es: string };
const UNREADABLE: Notice = { en: "We could not read the answers saved on this device", es: "No pudimos leer las respuestas guardadas en este dispositivo" };
const FIELDS_RESET: Notice = { en: "Some saved answers could not be read and were cleared", es: "Algunas respuestas guardadas no se pudieron leer y se borraron" };
const NEWER: Notice = { en: "saved by a newer version of this tool", es: "se guardaron con una versión más nueva de esta herramienta" };

/** What can be found in storage, and what the member should be told about it (if anything). */
const garbage: { name: string; value: () => string; notice?: Notice }[] = [
  { name: "not JSON", value: () => "{{{ this is not JSON", notice: UNREADABLE },
  { name: "a save cut off half way", value: () => complete.slice(0, Math.floor(complete.length / 2)), notice: UNREADABLE },
  { name: "a JSON array", value: () => "[1, 2, 3]", notice: UNREADABLE },
  { name: "JSON null", value: () => "null", notice: UNREADABLE },
  {
    name: "wrong types in every section",
    value: () =>
      JSON.stringify({
        version: 1,
        request: {
          coverage: { source: 42, continueWithoutStateLaw: "yes" },
          plan: "a string instead of a section",
          aboutYou: { fullName: { first: "Ana" }, dateOfBirth: "1980-03-27", hasHelper: true },
          doctor: { name: ["Dr", "Chen"], willRequest: "maybe" },
          memberServices: { contacted: "yes", calls: [{ id: 7 }, "call", null] },
          submit: { reasons: { 0: "other" }, enclosures: "all", urgent: 1 },
          decision: null,
        },
      }),
    notice: FIELDS_RESET,
  },
  {
    name: "a huge answer (about 2 MB)",
    value: () => JSON.stringify({ version: 1, request: { ...completeRequest, doctor: { name: "Dr. Chen", condition: "x".repeat(2_000_000) } } }),
    notice: FIELDS_RESET,
  },
  { name: "an unversioned save from the prototype", value: () => JSON.stringify({ request: completeRequest }) },
  { name: "an old version", value: () => JSON.stringify({ version: 0, request: completeRequest }) },
  { name: "a save from a newer version", value: () => JSON.stringify({ version: 99, request: completeRequest }), notice: NEWER },
  { name: "prototype keys", value: () => '{"__proto__":{"polluted":1},"version":1,"request":{"constructor":{"prototype":{"x":1}}}}' },
];

/** Every page route of the app, from the app/ folder. */
function appRoutes(dir = path.resolve("app"), prefix = ""): string[] {
  const routes: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (/^[[_@]/.test(name)) continue;
      routes.push(...appRoutes(full, `${prefix}${name.startsWith("(") ? "" : `/${name}`}`));
    } else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(name)) {
      routes.push(prefix || "/");
    }
  }
  return routes.sort();
}

function watchForErrors(page: Page) {
  const errors: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === "error") errors.push(`console error: ${message.text()} (${message.location().url})`);
  };
  page.on("console", onConsole);
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/** The page has settled: loaded its answers, followed any redirect, shows its heading, passes axe. */
async function expectWorkingPage(page: Page) {
  await expect(page.getByText(/Loading your answers|Taking you to the first step/)).toHaveCount(0);
  await expect(page.locator("main h1")).toBeVisible();
  await expect(page.getByText(/Application error|client-side exception|Internal Server Error/i)).toHaveCount(0);
  await expectAccessible(page);
}

test.describe("garbage in storage", () => {
  test.skip(({ isMobile }) => !isMobile, "Storage does not depend on the screen; checked once, on a phone-sized screen.");

  const routes = appRoutes();
  routes.forEach((route, index) => {
    // Every page with one kind of garbage, in turn, so every kind is seen on some page
    // (and every kind is also taken through the wizard below).
    const kind = garbage[index % garbage.length]!;
    test(`${route} works with ${kind.name} in storage`, async ({ page }) => {
      const errors = watchForErrors(page);
      await saveBeforeFirstPage(page, kind.value());
      await page.goto(route);
      await expectWorkingPage(page);
      if (kind.notice) await expect(page.getByRole("status").filter({ hasText: kind.notice[route.startsWith("/es") ? "es" : "en"] })).toBeVisible();
      expect(errors).toEqual([]);
    });
  });

  for (const kind of garbage) {
    test(`a member can start again and carry on with ${kind.name} in storage`, async ({ page }) => {
      const errors = watchForErrors(page);
      await saveBeforeFirstPage(page, kind.value());
      await page.goto("/");
      await expectWorkingPage(page);
      await page.goto("/request/coverage");
      await expectWorkingPage(page);
      await expect(page.getByRole("heading", { level: 1, name: "How you get your health coverage" })).toBeVisible();
      await page.getByLabel(/buys insurance from a health plan/).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Your plan" })).toBeVisible();
      await expectAccessible(page);
      // The new answer replaced the garbage: it is still there after a reload.
      await page.goto("/request/coverage");
      await expect(page.getByLabel(/buys insurance from a health plan/)).toBeChecked();
      expect(errors).toEqual([]);
    });
  }
});
