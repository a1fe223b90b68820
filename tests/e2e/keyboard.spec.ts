import { test, expect } from "./support/test";
import { completeJourney, hmoMember } from "./support/journey";
import { keyboardDriver } from "./support/driver";

test("the whole journey can be done with the keyboard alone", async ({ page }) => {
  test.setTimeout(180_000);
  await completeJourney(page, hmoMember, keyboardDriver(page));
  await expect(page.locator("main").getByText(hmoMember.call.reference)).toBeVisible();
  await expect(page.locator("main").getByText(hmoMember.memberId)).toBeVisible();
});
