import { test, expect } from "./support/test";
import {
  answerAboutYou,
  answerCoverage,
  answerDoctor,
  answerMemberServices,
  answerPlan,
  answerSubmit,
  arriveAt,
  hmoMember,
  startFromHomePage,
} from "./support/journey";
import { expectAccessible } from "./support/accessibility";

test("an HMO member whose routine request was received Dec 18, 2026 sees Dec 28 on Step 4", async ({ page }) => {
  await startFromHomePage(page);
  await answerCoverage(page);
  await answerPlan(page);
  await answerAboutYou(page);
  await answerDoctor(page);
  await answerMemberServices(page);
  await answerSubmit(page, hmoMember);
  await arriveAt(page, "Your plan’s decision");
  const main = page.locator("main");
  await expect(main).toContainText("on or about Monday, December 28, 2026");
  await expect(main).toContainText("Friday, December 18, 2026");
  await expect(main).toContainText("5 business days");
  await expect(main).toContainText("Health and Safety Code");
});

test("a member with Medicare lands on the page that says state law does not apply", async ({ page }) => {
  await startFromHomePage(page);
  // Original Medicare and Medicare Advantage are separate answers now; both are federal.
  for (const coverage of ["Original Medicare", "A Medicare Advantage plan"]) {
    await test.step(coverage, async () => {
      if (!page.url().endsWith("/request/coverage")) await page.goto("/request/coverage");
      await answerCoverage(page, { ...hmoMember, coverage });
      await expect(page).toHaveURL(/\/request\/not-covered$/);
      await expect(page.locator("main h1")).toBeVisible();
      await expectAccessible(page);
      await expect(page.locator("main")).toContainText(/does not apply/i);
      await expect(page.locator("main")).toContainText("1-800-434-0222");
    });
  }
});
