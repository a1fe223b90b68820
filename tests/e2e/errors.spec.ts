import { test, expect } from "./support/test";
import type { Page, Route } from "@playwright/test";
import { answerCoverage, answerPlan, arriveAt, fillDate, hmoMember, startFromHomePage } from "./support/journey";
import { expectAccessible } from "./support/accessibility";
import { saveBeforeFirstPage, savedTextFor } from "./support/saved-answers";

test("Continue on an empty step shows the error summary, focused, with one link per problem", async ({ page }) => {
  await startFromHomePage(page);
  await answerCoverage(page);
  await answerPlan(page);
  await arriveAt(page, "About you");
  await page.getByRole("button", { name: "Continue" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  const expected = [
    "Enter your full name",
    "Enter your date of birth, for example 3 27 1980",
    "Enter your mailing address",
    "Enter a phone number the plan can reach you on",
    "Select yes if someone is helping you with this request",
  ];
  await expect(summary.getByRole("link")).toHaveText(expected);
  await expectAccessible(page);

  // Each field shows the same message beside it, tied to it for screen readers.
  const name = page.getByLabel("Your full name");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/Enter your full name/);

  // A summary link moves focus to its field.
  await summary.getByRole("link", { name: "Enter your mailing address" }).click();
  await expect(page.getByLabel("Your mailing address")).toBeFocused();

  // Fixing the problems lets the member go on.
  await page.getByLabel("Your full name").fill(hmoMember.fullName);
  await fillDate(page, "Date of birth", { month: "2", day: "30", year: "1980" });
  await page.getByLabel("Your mailing address").fill(hmoMember.address);
  await page.getByLabel("Your phone number").fill("12");
  await page.getByRole("group", { name: /someone helping you/ }).getByLabel("Yes").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(summary.getByRole("link")).toHaveText([
    "Date of birth must be a real date, for example 3 27 1980",
    "Enter a phone number with its area code, for example 415-555-0100",
    "Enter the name of the person helping you",
    "Enter how the person helping you is related to you, for example daughter",
  ]);
  await expect(summary).toBeFocused();

  await fillDate(page, "Date of birth", hmoMember.dateOfBirth);
  await page.getByLabel("Your phone number").fill(hmoMember.phone);
  await page.getByLabel("Their full name").fill("Lucia Ruiz");
  await page.getByLabel("Their relationship to you").fill("Daughter");
  await page.getByRole("button", { name: "Continue" }).click();
  await arriveAt(page, "Talk to your doctor");
});

test("the first question explains itself when skipped", async ({ page }) => {
  await startFromHomePage(page);
  await arriveAt(page, "How you get your health coverage");
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText(["Select how you get your health coverage"]);
  await summary.getByRole("link").click();
  await expect(page.getByRole("radio").first()).toBeFocused();
  await expectAccessible(page);
});

/** Lets the scripts a page names in its HTML load, and fails every chunk it would fetch later (the forms' checks, the rules), as offline. */
async function failChunksAfterFirstLoad(page: Page, path: string) {
  const html = await (await page.request.get(path)).text();
  const firstLoad = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]));
  const failLater = (route: Route) => {
    const requested = new URL(route.request().url()).pathname;
    return firstLoad.has(requested) ? route.continue() : route.abort("internetdisconnected");
  };
  await page.route("**/_next/static/chunks/**/*.js", failLater);
  return () => page.unroute("**/_next/static/chunks/**/*.js", failLater);
}

/** The alert says part of the page could not load; once the network is back, "Reload the page" brings the question back. */
async function expectLoadProblemThenRecovery(page: Page, restoreNetwork: () => Promise<void>) {
  const problem = page.getByRole("alert").filter({ hasText: "Part of this page could not load" });
  await expect(problem).toBeVisible();
  await expectAccessible(page);

  await restoreNetwork();
  await problem.getByRole("button", { name: "Reload the page" }).click();
  await arriveAt(page, "How you get your health coverage");
  await expect(problem).toHaveCount(0);
}

test("saved answers show from the page's first scripts alone; if the code that checks them cannot load on Continue, the page says so and a reload recovers", async ({
  page,
}) => {
  const path = "/request/coverage";
  await saveBeforeFirstPage(page, savedTextFor({ coverage: { source: "job-insured" } }));
  const restore = await failChunksAfterFirstLoad(page, path);
  await page.goto(path);
  await arriveAt(page, "How you get your health coverage");
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(1);

  await page.getByRole("button", { name: "Continue" }).click();
  await expectLoadProblemThenRecovery(page, restore);
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(1);
});

test("on a first visit, the question shows at once, and if the code that checks answers cannot load when the member continues, the page says so", async ({
  page,
}) => {
  const path = "/request/coverage";
  const restore = await failChunksAfterFirstLoad(page, path);
  await page.goto(path);
  await arriveAt(page, "How you get your health coverage");

  await page.getByRole("radio").first().click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectLoadProblemThenRecovery(page, restore);
  // The answer was saved as it was chosen.
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(1);
});

test("a mistyped address shows a page-not-found page that leads back to the start, with a main landmark for the skip link", async ({ page }) => {
  const response = await page.goto("/request/submitt");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Your saved answers are still on this device.");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Go to the start page" }).click();
  await expect(page).toHaveURL("/");
});
