import type { Page } from "@playwright/test";
import { STORAGE_KEY } from "@/lib/storage/storage-key";
import { savedText as envelopeText } from "@/tests/support/requests.mjs";

export { STORAGE_KEY };

/** A request as the app saves it on this device (the shared fixture builder's envelope). */
export const savedTextFor = (request: unknown) => envelopeText(request);

/**
 * Puts `text` where the app keeps the answers, before the test's first page
 * runs a script; reloads and later pages keep whatever the app has saved since.
 */
export async function saveBeforeFirstPage(page: Page, text: string) {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem("e2e-saved-before-first-page")) return;
      localStorage.setItem(key, value);
      sessionStorage.setItem("e2e-saved-before-first-page", "1");
    },
    [STORAGE_KEY, text] as const,
  );
}

/** What the app has saved on this device now. */
export const savedText = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
