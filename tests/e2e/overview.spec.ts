import type { Page } from "@playwright/test";
import { datePartsFromIso } from "@/lib/dates/date-parts";
import { completeHmoRequest } from "@/tests/support/requests.mjs";
import { test, expect } from "./support/test";
import { expectAccessible } from "./support/accessibility";
import { saveBeforeFirstPage, savedTextFor } from "./support/saved-answers";

// A member coming back lands on the start page's overview (GOV.UK's "complete
// multiple tasks"): each step with its status, the next date that matters,
// and where to carry on.

type Request = ReturnType<typeof completeHmoRequest>;
const withDecision = (decision: Record<string, unknown>): Request => ({ ...completeHmoRequest(), decision } as Request);

const row = (page: Page, task: string) => page.locator(".task-list__item", { hasText: task });

async function expectStatuses(page: Page, statuses: Record<string, string>) {
  for (const [task, status] of Object.entries(statuses)) await expect(row(page, task)).toContainText(status);
}

/** Layout shifts since the page started, as the browser scored them (CLS without the session windows: an upper bound). */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );

test("a returning member waiting for the plan sees each step's status, the decision date and where to carry on", async ({ page }) => {
  await saveBeforeFirstPage(page, savedTextFor(completeHmoRequest()));
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: "Your request so far" })).toBeVisible();
  await expectStatuses(page, {
    "Your plan and you": "Completed",
    "Step 1: Talk to your doctor": "Completed",
    "Step 2: Contact member services": "Completed",
    "Step 3: Submit your request": "Completed",
    "Step 4: Await the decision": "In progress",
    "If the plan says no": "Cannot start yet",
  });
  // A screen reader hears each step's status with its link; a step that cannot start yet is not a link.
  await expect(page.getByRole("link", { name: "Step 4: Await the decision" })).toHaveAccessibleDescription("In progress");
  await expect(page.getByRole("link", { name: "If the plan says no" })).toHaveCount(0);
  await expect(page.getByTestId("overview-next")).toContainText("Next date: The plan should decide on or about Monday, December 28, 2026.");
  // The introduction for new members gives way to the overview.
  await expect(page.getByRole("button", { name: "Start now" })).toBeHidden();
  await page.waitForLoadState("networkidle");
  expect(await layoutShift(page)).toBe(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Continue where you left off" }).click();
  // Every step is answered: carry on to "check your answers" (Step 4 has its own link above).
  await expect(page).toHaveURL(/\/request\/review$/);
  await page.goto("/");
  await page.getByRole("link", { name: "Step 3: Submit your request" }).click();
  await expect(page).toHaveURL(/\/request\/submit$/);
});

test.describe("after the plan says no", () => {
  test.use({ now: new Date("2027-03-01T10:00:00-08:00") });

  test("a grievance unanswered past its date is overdue, and leads to what to do next", async ({ page }) => {
    const request = withDecision({
      outcome: "denied",
      denialDate: datePartsFromIso("2026-12-28"),
      grievanceFiledDate: datePartsFromIso("2027-01-04"),
    });
    await saveBeforeFirstPage(page, savedTextFor(request));
    await page.goto("/");
    await expectStatuses(page, { "Step 4: Await the decision": "Completed", "If the plan says no": "Overdue" });
    await expect(page.getByTestId("overview-next")).toContainText("Next date: The plan should answer your grievance on or about Wednesday, February 3, 2027.");
    await expectAccessible(page);
    await page.getByRole("link", { name: "If the plan says no" }).click();
    await expect(page).toHaveURL(/\/request\/decision\/next-steps$/);
  });

  test("a plan that has not answered by the latest date is overdue on Step 4", async ({ page }) => {
    await saveBeforeFirstPage(page, savedTextFor(withDecision({ outcome: "waiting" })));
    await page.goto("/");
    await expectStatuses(page, { "Step 4: Await the decision": "Overdue", "If the plan says no": "Not started" });
    await expect(page.getByTestId("overview-next")).toContainText("At the latest, the plan should have decided on Monday, December 28, 2026. It is late");
  });
});

test("a new member sees the introduction, not the overview", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Start now" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your request so far" })).toBeHidden();
});
