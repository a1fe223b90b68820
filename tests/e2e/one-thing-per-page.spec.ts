import { completeHmoRequest } from "@/tests/support/requests.mjs";
import { test, expect } from "./support/test";
import { expectAccessible } from "./support/accessibility";
import { decisionPages, submitPages } from "./support/journey";
import { saveBeforeFirstPage, savedTextFor } from "./support/saved-answers";

// Steps 3 and 4 as short pages on a 390 × 844 phone, with the fixture member's
// answers filled in, header and footer included. About two screens for a
// single question; a page that shows the rules or the documents as well may be
// as tall as Step 1, the tallest of the other steps.
const TWO_SCREENS = 1700;
const AS_TALL_AS_STEP_1 = 2900;

const limits: [path: string, heading: string, maxHeight: number][] = [
  ["/request/submit", submitPages.reasons, TWO_SCREENS],
  ["/request/submit/urgency", submitPages.urgency, TWO_SCREENS],
  ["/request/submit/doctor", submitPages.doctor, AS_TALL_AS_STEP_1],
  ["/request/submit/records", submitPages.records, TWO_SCREENS],
  ["/request/submit/documents", submitPages.documents, AS_TALL_AS_STEP_1],
  ["/request/submit/sending", submitPages.sending, TWO_SCREENS],
  ["/request/decision", decisionPages.outcome, TWO_SCREENS],
  ["/request/decision/next-steps", decisionPages.nextSteps, AS_TALL_AS_STEP_1],
];

test.describe("one thing per page on a phone", () => {
  test.skip(({ viewport }) => viewport?.width !== 390, "measured at the phone's width");

  test("every page of Steps 3 and 4 fits its height, says which step it is, and passes axe", async ({ page }, testInfo) => {
    await saveBeforeFirstPage(page, savedTextFor(completeHmoRequest()));
    for (const [path, heading, maxHeight] of limits) {
      await test.step(path, async () => {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
        await expect(page.locator("main .caption")).toHaveText(path.includes("decision") ? "Step 4 of 4" : "Step 3 of 4");
        await expect(page.getByRole("button", { name: "Continue" })).toBeVisible();
        await expect(page.getByRole("link", { name: "Back" })).toBeVisible();
        // The rules, documents and next steps load after the form: wait until nothing more arrives.
        await page.waitForLoadState("networkidle");
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        testInfo.annotations.push({ type: "height", description: `${path}: ${height} px (limit ${maxHeight})` });
        expect(height, `${path} is ${height} px tall`).toBeLessThanOrEqual(maxHeight);
        await expectAccessible(page);
      });
    }
  });
});
