import { test, expect } from "./support/test";
import { completeJourney, hmoMember } from "./support/journey";

const longAnswer = "This condition has lasted for years and nothing has helped. ".repeat(90).slice(0, 4996) + " end";

test("long, emoji, right-to-left and <script> answers are stored and shown back as text", async ({ page }) => {
  test.setTimeout(180_000);
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const member = {
    ...hmoMember,
    fullName: "<script>alert('x')</script> José 🙂 Ruiz",
    doctorName: "د. أحمد الخطيب",
    condition: longAnswer,
    treatment: "ניתוח 🏥 <b>bold</b> & more",
  };
  expect(longAnswer).toHaveLength(5000);

  await completeJourney(page, member);
  const main = page.locator("main");
  await expect(main.getByText(member.fullName, { exact: true })).toBeVisible();
  await expect(main.getByText(member.doctorName, { exact: true })).toBeVisible();
  await expect(main.getByText(member.treatment, { exact: true })).toBeVisible();
  await expect(main.getByText(longAnswer, { exact: true })).toBeVisible();
  expect(dialogs).toBe(0);
  expect(await page.locator("main b").count()).toBe(0);

  // The same text comes back after a reload, byte for byte.
  await page.reload();
  await expect(main.getByText(member.fullName, { exact: true })).toBeVisible();
  const stored = await page.evaluate(() => JSON.stringify(window.localStorage));
  expect(stored).toContain("José 🙂 Ruiz");
});

test("5,001 characters get a message that says how to fix it", async ({ page }) => {
  await completeJourney(page);
  await page.goto("/request/doctor?change=1#doctor-condition");
  await page.getByLabel("Diagnosis or condition").fill("x".repeat(5001));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" }).getByRole("link")).toHaveText([
    "Diagnosis or condition must be 5,000 characters or fewer",
  ]);
});
