// Without JavaScript the wizard cannot keep the answers, so instead of
// "Loading your answers…" for ever its pages say so plainly and link the
// pages that work without it (which do).
import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { expect, test } from "./support/test";

/**
 * The page's own scripts are off, as with JavaScript turned off in the
 * browser. axe cannot run in such a page (its injection never returns), so
 * these tests check what the member sees; the pages are checked with axe elsewhere.
 */
async function withoutJavaScript(page: Page) {
  const session = await page.context().newCDPSession(page);
  await session.send("Emulation.setScriptExecutionDisabled", { value: true });
}

const NOTICE = "Turn on JavaScript to fill in your request";

for (const path of ["/request/coverage", "/request/about-you", "/request/review", "/request/documents/checklist"]) {
  test(`${path} without JavaScript says the wizard needs it, with no endless "Loading"`, async ({ page }) => {
    await withoutJavaScript(page);
    await page.goto(path);
    // Found by its role: Playwright's text matching skips what is inside <noscript>.
    const notice = page.getByRole("region", { name: NOTICE });
    await expect(notice.getByRole("heading", { level: 2, name: NOTICE })).toBeVisible();
    await expect(notice).toContainText("It uses JavaScript to keep your answers on this device");
    await expect(page.getByText(/Loading your answers/)).toBeHidden();
    await expect(page.locator("main h1")).toBeVisible();
  });
}

test("the pages it links work without JavaScript", async ({ page }) => {
  await withoutJavaScript(page);
  await page.goto("/request/coverage");
  const notice = page.getByRole("region", { name: NOTICE });
  for (const [name, heading, text] of [
    ["Your rights", "Your rights", /second opinion/i],
    ["If your request was denied", "If your request was denied", /grievance/i],
    ["A blank records checklist to print and fill in by hand", /checklist/i, /records/i],
  ] as const) {
    await notice.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.locator("main")).toContainText(text);
    // None of them says it needs JavaScript: they are the pages that work without it.
    await expect(page.getByRole("heading", { name: NOTICE })).toHaveCount(0);
    await page.goBack();
  }
});

test("the blank checklist without JavaScript: no Print button that cannot work, and how to print instead", async ({ page }) => {
  await withoutJavaScript(page);
  await page.goto("/request/documents/checklist/blank");
  await expect(page.getByRole("heading", { level: 1, name: "Blank records checklist" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print this checklist" })).toBeHidden();
  // Text inside <noscript> is not matched by Playwright's text engine; without scripts the browser shows its HTML.
  expect(await page.locator("main noscript").innerHTML()).toContain("use your browser’s own Print command");
});

test("with JavaScript on, the notice is not shown", async ({ page }) => {
  await page.goto("/request/coverage");
  await expect(page.getByRole("button", { name: "Continue" })).toBeVisible();
  await expect(page.getByRole("heading", { name: NOTICE })).toHaveCount(0);
  await expect(page.getByRole("region", { name: NOTICE })).toHaveCount(0);
  await expectAccessible(page);
});
