import { test, expect } from "./support/test";
import {
  answerAboutYou,
  answerCoverage,
  answerDoctor,
  answerMemberServices,
  answerPlan,
  answerUrgency,
  arriveAt,
  completeJourney,
  continueStep,
  hmoMember,
  submitPages,
  startFromHomePage,
  visit,
} from "./support/journey";
import { expectAccessible } from "./support/accessibility";
import { saveBeforeFirstPage, savedText, savedTextFor } from "./support/saved-answers";
import { watchSchemaChunks } from "./support/schema-chunks";

test("a new HMO member completes every step, sees every answer and changes one", async ({ page }) => {
  await completeJourney(page);

  const main = page.locator("main");
  for (const answer of [
    hmoMember.planName,
    hmoMember.memberId,
    hmoMember.groupNumber,
    hmoMember.memberServicesPhone,
    hmoMember.fullName,
    "Thursday, March 27, 1980",
    hmoMember.phone,
    hmoMember.email,
    hmoMember.doctorName,
    hmoMember.specialty,
    hmoMember.medicalGroup,
    hmoMember.condition,
    hmoMember.treatment,
    hmoMember.call.reference,
    hmoMember.call.spokeTo,
    "Thursday, December 17, 2026",
    "Friday, December 18, 2026",
    "A copy of your insurance card",
    "Recent lab results",
    "By fax",
  ]) {
    await expect(main.getByText(answer, { exact: false }).first()).toBeVisible();
  }

  // The change link names its field for screen readers, lands on the field and comes back.
  await page.getByRole("link", { name: "Change member ID" }).click();
  await expect(page).toHaveURL(/\/request\/plan\?change=1#plan-memberId$/);
  await expect(page.getByLabel("Member ID")).toBeFocused();
  await expectAccessible(page);
  await page.getByLabel("Member ID").fill("NEW-ID-0042");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(page.locator("main").getByText("NEW-ID-0042")).toBeVisible();
  await expect(page.locator("main").getByText(hmoMember.memberId)).toHaveCount(0);

  // A Step 3 answer opens on its own short page, and comes back too.
  await page.getByRole("link", { name: "Change records you will send with your request" }).click();
  await expect(page).toHaveURL(/\/request\/submit\/records\?change=1#submit-enclosures$/);
  await arriveAt(page, submitPages.records);
  await page.getByLabel("A list of your current medicines").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(page.locator("main").getByText("A list of your current medicines").first()).toBeVisible();
});

test("the step indicator says where the member is and what is done", async ({ page }) => {
  await startFromHomePage(page);
  await answerCoverage(page);
  await answerPlan(page);
  await answerAboutYou(page);
  await answerDoctor(page);
  await arriveAt(page, "Contact member services");
  const progress = page.getByRole("navigation", { name: "Progress" });
  await expect(progress).toContainText("Step 2 of 4: Contact member services");
  await expect(progress.getByRole("listitem").nth(0)).toContainText("Talk to your doctor (completed)");
  await expect(progress.getByRole("listitem").nth(1)).toContainText("(current step)");
  await expect(progress.getByRole("listitem").nth(2)).toContainText("(not started)");
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page).toHaveURL(/\/request\/doctor$/);
  await expect(page.getByLabel("Treating doctor’s name")).toHaveValue(hmoMember.doctorName);
});

test("a reload on Step 3's records page stays there with every answer; the start page carries on at the first missing answer", async ({ page }) => {
  await startFromHomePage(page);
  await answerCoverage(page);
  await answerPlan(page);
  await answerAboutYou(page);
  await answerDoctor(page);
  await answerMemberServices(page);
  await arriveAt(page, submitPages.reasons);
  await page.getByLabel(/surgery I was offered/).check();
  await page.getByLabel(/Another reason/).check();
  await page.getByLabel("Your other reason").fill("My sister had the same operation and it went badly");
  await continueStep(page);
  await answerUrgency(page);
  await arriveAt(page, submitPages.doctor);
  await page.getByLabel("Doctor you would like for the second opinion (optional)").fill("Dr. Priya Natarajan");
  await continueStep(page);
  await arriveAt(page, submitPages.records);
  await expect(page.getByText("Step 3 of 4").first()).toBeVisible();
  await page.getByLabel("Recent lab results").check();

  await page.reload();
  await expect(page).toHaveURL(/\/request\/submit\/records$/);
  await arriveAt(page, submitPages.records);
  await expect(page.getByLabel("Recent lab results")).toBeChecked();

  // Back, page by page, finds every answer where it was given.
  await page.getByRole("link", { name: "Back" }).click();
  await arriveAt(page, submitPages.doctor);
  await expect(page.getByLabel("Doctor you would like for the second opinion (optional)")).toHaveValue("Dr. Priya Natarajan");
  await page.getByRole("link", { name: "Back" }).click();
  await arriveAt(page, submitPages.urgency);
  await expect(page.getByRole("group", { name: "Is your request urgent?" }).getByLabel("No")).toBeChecked();
  await page.getByRole("link", { name: "Back" }).click();
  await arriveAt(page, submitPages.reasons);
  await expect(page.getByLabel("Your other reason")).toHaveValue("My sister had the same operation and it went badly");

  // From the start page, "carry on" leads to the first page with a missing answer: how the request was sent.
  await visit(page, "/");
  const carryOn = page.getByRole("link", { name: "Continue where you left off" });
  await expect(carryOn.locator("..")).toContainText("Step 3: Sending your request");
  await carryOn.click();
  await expect(page).toHaveURL(/\/request\/submit\/sending$/);
  await arriveAt(page, submitPages.sending);

  // Earlier steps and the call log survived too.
  await page.goto("/request/member-services");
  await expect(page.getByText(hmoMember.call.reference)).toBeVisible();
});

test("the start page offers to continue, and Delete my answers empties everything", async ({ page }) => {
  await startFromHomePage(page);
  await answerCoverage(page);
  await answerPlan(page);
  await arriveAt(page, "About you");
  await page.getByLabel("Your full name").fill(hmoMember.fullName);

  await visit(page, "/");
  await expect(page.getByRole("link", { name: "Continue where you left off" })).toBeVisible();
  await page.getByRole("button", { name: "Delete my answers" }).click();
  await expect(page.getByRole("button", { name: "Yes, delete my answers" })).toBeFocused();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, delete my answers" }).click();
  await expect(page.getByText("Your answers have been deleted from this device.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Continue where you left off" })).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(window.localStorage))).toEqual([]);

  await page.reload();
  await expect(page.getByRole("link", { name: "Continue where you left off" })).toHaveCount(0);
  await page.goto("/request/plan");
  // Nothing saved: the guard sends the member back to the first step.
  await expect(page).toHaveURL(/\/request\/coverage$/);
  await arriveAt(page, "How you get your health coverage");
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
});

test("a first visit runs no schema code until the member continues, and keeps the first answers", async ({ page }) => {
  const schemaChunks = watchSchemaChunks(page);
  await visit(page, "/");
  await page.getByRole("button", { name: "Start now" }).click();
  await expect(page).toHaveURL(/\/request\/coverage$/);
  await arriveAt(page, "How you get your health coverage");
  await page.getByRole("group", { name: "How do you get your health coverage?" }).getByRole("radio").first().check();
  await page.waitForLoadState("networkidle");
  expect(await schemaChunks.found()).toEqual([]);

  await page.getByRole("button", { name: "Continue" }).click();
  await arriveAt(page, "Your plan");
  expect((await schemaChunks.found()).length).toBeGreaterThan(0);

  await page.reload();
  await arriveAt(page, "Your plan");
  await page.goto("/request/coverage");
  await arriveAt(page, "How you get your health coverage");
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(1);
});

test("saved answers are read on the page with no schema code: they show at once, and an edit is saved before any check loads", async ({ page }) => {
  const schemaChunks = watchSchemaChunks(page);
  await saveBeforeFirstPage(page, savedTextFor({ coverage: { source: "job-insured" } }));

  await page.goto("/request/coverage");
  await arriveAt(page, "How you get your health coverage");
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(1);

  await page.getByRole("radio", { checked: false }).first().check();
  await expect.poll(() => savedText(page)).not.toContain('"job-insured"');
  await page.waitForLoadState("networkidle");
  expect(await schemaChunks.found()).toEqual([]);
  await page.reload();
  await arriveAt(page, "How you get your health coverage");
  await expect(page.getByRole("radio", { checked: true })).not.toHaveAccessibleName(/Through a job: the employer buys insurance/);
});

test("a step that cannot be reached yet sends the member to the first unfinished one", async ({ page }) => {
  await startFromHomePage(page);
  await answerCoverage(page);
  await page.goto("/request/submit");
  await expect(page).toHaveURL(/\/request\/plan$/);
  await arriveAt(page, "Your plan");
  await page.goto("/request/review");
  await expect(page).toHaveURL(/\/request\/plan$/);
});
