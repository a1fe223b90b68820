import type { Page } from "@playwright/test";
import { datePartsFromIso } from "@/lib/dates/date-parts";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { completeHmoRequest } from "@/tests/support/requests.mjs";
import { test, expect } from "./support/test";
import { expectAccessible } from "./support/accessibility";
import { saveBeforeFirstPage, savedTextFor } from "./support/saved-answers";
import { visit } from "./support/journey";

// The facts sheet's corrections of 2026-12-04, as a member meets them.
// "Today" is Monday, December 21, 2026, 10:00 in California unless a test says otherwise.

/** Opens a page with these answers already saved on the device, and checks it with axe once the answers show. */
async function openWith(page: Page, request: SecondOpinionRequest, path: string, ready: RegExp | string) {
  await saveBeforeFirstPage(page, savedTextFor(request));
  await page.goto(path);
  await expect(page.locator("main")).toContainText(ready);
  await expectAccessible(page);
}

function request(change: (request: SecondOpinionRequest) => void): SecondOpinionRequest {
  const built = completeHmoRequest();
  change(built);
  return built;
}

test("an urgent request under a self-funded job plan is due in 72 hours (federal rule), not 15 days", async ({ page }) => {
  const selfFunded = request((r) => {
    r.coverage = { source: "job-self-funded", continueWithoutStateLaw: true };
    r.submit = { ...r.submit, urgent: "yes", dateReceived: datePartsFromIso("2026-12-18"), timeReceived: "15:00" };
  });
  await openWith(page, selfFunded, "/request/decision", "When the plan should answer");
  const due = page.getByRole("region", { name: "When the plan should answer" });
  await expect(due).toContainText("Because your request is urgent, under federal rules the plan should decide by about Monday, December 21, 2026, 3:00 pm (California time).");
  await expect(due).toContainText("72 hours");
  await expect(due).toContainText("Code of Federal Regulations, Title 29, §2560.503-1(f)(2)(i)");
  await expect(due).not.toContainText("15 calendar days");
});

test("an Original Medicare member is told no approval is needed, and is not offered a request to send", async ({ page }) => {
  await visit(page, "/request/coverage");
  await page.getByRole("group", { name: "How do you get your health coverage?" }).getByLabel("Original Medicare").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/request\/not-covered$/);
  await expect(page.getByRole("heading", { level: 2, name: "Original Medicare needs no approval" })).toBeVisible();
  await expect(page.locator("main")).toContainText("you do not need a referral or an approval for a second opinion");
  await expect(page.locator("main")).toContainText("If the first two opinions differ, it covers a third.");
  await expect(page.getByRole("link", { name: "1-800-633-4227" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "There is no request to send" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue with a general request" })).toHaveCount(0);
  await expectAccessible(page);
});

test("a Medi-Cal managed care member who was denied is warned before choosing a State Hearing", async ({ page }) => {
  const mediCal = request((r) => {
    r.coverage = { source: "medi-cal-managed-care", continueWithoutStateLaw: undefined };
    r.decision = { ...r.decision, outcome: "denied", denialDate: datePartsFromIso("2026-12-20") };
  });
  await openWith(page, mediCal, "/request/decision/next-steps", "Medi-Cal: a State Hearing");
  const steps = page.getByRole("region", { name: "What to do next" });
  await expect(steps.locator('[data-step="plan-grievance"]')).toContainText("Appeal to your plan");
  const warning = steps.getByTestId("hearing-before-imr");
  await expect(warning).toContainText("Before you choose a State Hearing");
  await expect(warning).toContainText("If you have a State Hearing first, you cannot get an Independent Medical Review from DMHC on the same issue later.");
  await expect(steps.getByRole("link", { name: "1-800-743-8525" })).toBeVisible();
  await expect(steps.getByRole("link", { name: "1-888-452-8609" })).toBeVisible();
});

test("recording a denial shows what the plan's notice must contain, under the member's own regulator's law", async ({ page }) => {
  const denied = request((r) => {
    r.decision = { ...r.decision, outcome: "denied", denialDate: datePartsFromIso("2026-12-20") };
  });
  await openWith(page, denied, "/request/decision", "When the plan should answer");
  const contents = page.getByTestId("denial-notice-contents");
  await expect(contents).toContainText("The denial notice must explain clearly why the plan said no.");
  await expect(contents).toContainText("It must tell you how to file a grievance.");
  await expect(contents).toContainText("The name and phone number of the health professional who denied it go to your doctor, not to you.");
  await expect(contents).toContainText("California Health and Safety Code §1367.01(h)(4)");
  await expect(contents).not.toContainText("Insurance Code");
});

test("the Step 2 call script names California law only when the plan is under it", async ({ page }) => {
  const maybeSelfFunded = request((r) => {
    r.coverage = { source: "job-not-sure", continueWithoutStateLaw: undefined };
  });
  await openWith(page, maybeSelfFunded, "/request/member-services", "What to say");
  await expect(page.locator("main")).toContainText("“I am a member and I am asking the plan to cover a second medical opinion.”");
  await expect(page.locator("main")).not.toContainText("under California law");

  // A member of an HMO under DMHC, in a fresh tab (answers saved before its first page).
  const hmoPage = await page.context().newPage();
  await openWith(hmoPage, completeHmoRequest(), "/request/member-services", "What to say");
  await expect(hmoPage.locator("main")).toContainText("“I am a member and I am asking for a second medical opinion under California law.”");
});

test.describe("between the likely and the latest date", () => {
  // Received Tue Sep 22, 2026: likely Tue Sep 29 (state offices stay open on Native American Day, Fri Sep 25);
  // latest Wed Sep 30, if the plan counts every state holiday.
  const september = request((r) => {
    r.doctor.dateDiscussed = datePartsFromIso("2026-09-01");
    r.memberServices.calls = r.memberServices.calls.map((call) => ({ ...call, date: datePartsFromIso("2026-09-15") }));
    r.submit = { ...r.submit, dateSent: datePartsFromIso("2026-09-21"), dateReceived: datePartsFromIso("2026-09-22") };
    r.decision = { ...r.decision, outcome: "waiting" };
  });

  test.describe(() => {
    test.use({ now: new Date("2026-09-30T10:00:00-07:00") });

    test("no overdue alert: a call is suggested, and the latest date is named", async ({ page }) => {
      await openWith(page, september, "/request/decision", "When the plan should answer");
      await expect(page.locator("main")).toContainText("The plan should decide on or about Tuesday, September 29, 2026.");
      await expect(page.locator("main")).toContainText("At the latest, if your plan counts every state holiday: Wednesday, September 30, 2026.");
      await expect(page.getByTestId("past-likely-date")).toContainText("A plan that counts every state holiday has until Wednesday, September 30, 2026, so it is not late yet.");
      await expect(page.getByTestId("past-likely-date")).toContainText("You can call member services to ask when it will decide.");
      await expect(page.getByTestId("overdue-banner")).toHaveCount(0);

      // Even "no answer" chosen now shows no grievance steps yet.
      await page.getByRole("group", { name: "What has happened with your request?" }).getByLabel(/No answer/).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "What to do next" })).toBeVisible();
      await expect(page.getByTestId("not-late-yet")).toContainText("The plan is not late yet");
      await expect(page.getByTestId("not-late-yet")).toContainText("A plan that counts every state holiday has until Wednesday, September 30, 2026.");
      await expect(page.locator('[data-step="plan-grievance"]')).toHaveCount(0);
      await expectAccessible(page);
    });
  });

  test.describe(() => {
    test.use({ now: new Date("2026-10-01T10:00:00-07:00") });

    test("the day after the latest date, the plan is late", async ({ page }) => {
      await openWith(page, september, "/request/decision", "When the plan should answer");
      await expect(page.getByTestId("overdue-banner")).toContainText("The plan’s answer is late");
      await expect(page.getByTestId("overdue-banner")).toContainText("Even a plan that counts every state holiday had until Wednesday, September 30, 2026.");
    });
  });
});

test("a CDI policy's member sees no Health and Safety Code section on any page of their journey", async ({ page }) => {
  const cdi = request((r) => {
    r.plan = { ...r.plan, planType: "ppo", regulator: "cdi", planName: "Pacific Shield PPO" };
    r.decision = {
      ...r.decision,
      outcome: "denied",
      denialDate: datePartsFromIso("2026-12-20"),
      grievanceFiledDate: datePartsFromIso("2026-12-21"),
    };
  });
  await saveBeforeFirstPage(page, savedTextFor(cdi));
  const pages: [string, string][] = [
    ["/request/coverage", "How do you get your health coverage?"],
    ["/request/plan", "Who regulates your plan?"],
    ["/request/about-you", "Your full name"],
    ["/request/doctor", "Treating doctor"],
    ["/request/member-services", "What to say"],
    ["/request/submit", "Why do you want a second opinion?"],
    ["/request/submit/urgency", "Is your request urgent?"],
    ["/request/submit/doctor", "The doctor you want"],
    ["/request/submit/records", "Records you will send"],
    ["/request/submit/documents", "Request letter"],
    ["/request/submit/sending", "When the plan should decide"],
    ["/request/decision", "California Insurance Code §10123.135(h)(4)"],
    ["/request/decision/next-steps", "Appeal to your insurer"],
    ["/request/review", "Check your answers"],
    ["/request/documents", "Request letter"],
    ["/request/documents/letter", "California Insurance Code §10123.68"],
    ["/request/documents/checklist", "Records checklist"],
    ["/request/documents/grievance", "Code of Federal Regulations, Title 45, §147.136"],
  ];
  for (const [path, ready] of pages) {
    await page.goto(path);
    await expect(page.locator("main")).toContainText(ready);
    await expect(page.locator("body"), path).not.toContainText(/Health and Safety Code|HSC §|28 CCR/);
  }
  await expectAccessible(page);
});
