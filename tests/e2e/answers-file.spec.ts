// "Take it anywhere": the answers saved to a file in one browser open in
// another (no server in between) and reach the same "Check your answers"; a
// file that is damaged, from a newer version or huge says why and changes nothing.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { visit } from "./support/journey";
import { saveBeforeFirstPage, savedText, savedTextFor } from "./support/saved-answers";
import { completeHmoRequest } from "@/tests/support/requests.mjs";
import { expect, test } from "./support/test";

const OPEN = "Open saved answers";
const NOTHING_CHANGED = "Nothing was changed.";

/** Another device: a fresh browser context with the same screen and "today", and these answers saved in it. */
async function otherDevice(browser: Browser, like: Page, now: Date, answers: unknown) {
  const context = await browser.newContext({ viewport: like.viewportSize(), isMobile: false });
  const page = await context.newPage();
  await page.clock.setFixedTime(now);
  await saveBeforeFirstPage(page, savedTextFor(answers));
  return page;
}

test("answers saved to a file on one device open on another and reach the same review page", async ({ page, browser, now }) => {
  await saveBeforeFirstPage(page, savedTextFor(completeHmoRequest()));
  await visit(page, "/");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save my answers to a file" }).click()]);
  expect(download.suggestedFilename()).toBe("second-opinion-answers-sanchez-2026-12-21.json");
  await expect(page.getByRole("status").filter({ hasText: "second-opinion-answers-sanchez-2026-12-21.json" })).toBeVisible();
  const file = readFileSync((await download.path())!);

  // The other device already has someone else's answers: it asks before replacing them.
  const other = { ...completeHmoRequest(), aboutYou: { ...completeHmoRequest().aboutYou, fullName: "Rosa Delgado" } };
  const device = await otherDevice(browser, page, now, other);
  await visit(device, "/");
  await device.getByLabel(OPEN).setInputFiles({ name: download.suggestedFilename(), mimeType: "application/json", buffer: file });
  const panel = device.getByRole("region", { name: "This file holds" });
  await expect(panel).toBeFocused();
  await expect(panel).toContainText("Maria Elena Sánchez");
  await expect(panel).toContainText("Blue Shield Trio HMO");
  await expect(panel).toContainText("Check your answers");
  await expect(panel).toContainText("December 21, 2026");
  await expectAccessible(device);
  expect(JSON.parse((await savedText(device))!).request.aboutYou.fullName, "nothing replaced before the member says so").toBe("Rosa Delgado");

  await panel.getByRole("button", { name: "Replace the answers on this device" }).click();
  const opened = device.getByRole("status").filter({ hasText: "The answers from the file are now saved on this device." });
  await expect(opened).toBeFocused();
  await expectAccessible(device);
  await opened.getByRole("link", { name: "Continue where you left off" }).click();
  await expect(device).toHaveURL(/\/request\/review$/);
  await expect(device.getByText("Maria Elena Sánchez", { exact: true })).toBeVisible();
  await expect(device.getByText(/March 27, 1980/)).toBeVisible();
  await expect(device.getByText("Rosa Delgado")).toHaveCount(0);
  await expectAccessible(device);
  // Kept on that device, like answers typed there.
  await device.reload();
  await expect(device.getByText("Maria Elena Sánchez", { exact: true })).toBeVisible();
  await device.context().close();
});

const refused = [
  { name: "a damaged file", buffer: () => Buffer.from('{"format":"second-opinion-ca-answers","formatVersion":1,"answers":{"vers'), message: "This file is damaged" },
  {
    name: "a file from a newer version",
    buffer: () => Buffer.from(JSON.stringify({ format: "second-opinion-ca-answers", formatVersion: 2, answers: { version: 1, request: completeHmoRequest() } })),
    message: "saved by a newer version of this tool",
  },
  { name: "a 20 MB file", buffer: () => Buffer.alloc(20 * 1024 * 1024, "x"), message: "This file is too big" },
  { name: "a file from something else", buffer: () => Buffer.from(JSON.stringify({ name: "shopping list", items: ["milk"] })), message: "not a file of saved answers" },
];

for (const file of refused) {
  test(`${file.name} says why and leaves the answers on this device untouched`, async ({ page }) => {
    await saveBeforeFirstPage(page, savedTextFor(completeHmoRequest()));
    await visit(page, "/about");
    // The answers are read before anything is chosen, so "before" is what the app keeps.
    await expect(page.getByRole("button", { name: "Save my answers to a file" })).toBeVisible();
    const before = await savedText(page);
    await page.getByLabel(OPEN).setInputFiles({ name: "answers.json", mimeType: "application/json", buffer: file.buffer() });
    const alert = page.getByRole("alert").filter({ hasText: NOTHING_CHANGED });
    await expect(alert).toContainText(file.message);
    await expect(alert).toContainText(NOTHING_CHANGED);
    await expect(alert).toBeFocused();
    await expect(page.getByLabel(OPEN)).toHaveAccessibleDescription(new RegExp(file.message));
    await expect(page.getByRole("region", { name: "This file holds" })).toHaveCount(0);
    await expectAccessible(page);
    expect(await savedText(page)).toBe(before);
    await page.reload();
    await expect(page.getByRole("button", { name: "Save my answers to a file" })).toBeVisible();
    expect(await savedText(page)).toBe(before);
  });
}
