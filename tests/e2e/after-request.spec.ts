import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { test, expect } from "./support/test";
import { expectAccessible } from "./support/accessibility";
import { pdfText } from "./support/pdf";
import {
  answerAboutYou,
  answerCoverage,
  answerDoctor,
  answerMemberServices,
  answerPlan,
  answerSubmit,
  arriveAt,
  cdiPpoMember,
  continueStep,
  decisionPages,
  fillDate,
  hmoMember,
  startFromHomePage,
  visit,
  type Member,
} from "./support/journey";

// "Today" is Monday, December 21, 2026, 10:00 in California (support/test.ts).

const DMHC_PHONE = "1-888-466-2219";
const CDI_PHONE = "1-800-927-4357";

/** Steps 1 to 3 for a member, ending on Step 4's first page. */
async function reachDecisionStep(page: Page, member: Member) {
  await startFromHomePage(page);
  await answerCoverage(page, member);
  await answerPlan(page, member);
  await answerAboutYou(page, member);
  await answerDoctor(page, member);
  await answerMemberServices(page, member);
  await answerSubmit(page, member);
  await arriveAt(page, decisionPages.outcome);
}

/** Continue from what has happened to what to do next. */
async function toNextSteps(page: Page) {
  await continueStep(page);
  await arriveAt(page, decisionPages.nextSteps);
}

const outcomeGroup = (page: Page) => page.getByRole("group", { name: "What has happened with your request?" });
const nextSteps = (page: Page) => page.getByRole("region", { name: "What to do next" });

async function downloadReminder(page: Page, name: RegExp): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
  const path = await download.path();
  return readFile(path, "utf8");
}

test("an urgent HMO (DMHC) request that is denied: grievance with 3-day dates, DMHC now, IMR date, DMHC contacts only", async ({ page }) => {
  // The whole journey through every page, then Step 4's two pages and four downloads: over a minute alone on a 2-core host.
  test.slow();
  await reachDecisionStep(page, { ...hmoMember, urgent: true });

  await outcomeGroup(page).getByLabel("Denied", { exact: true }).check();
  await fillDate(page, "Date of the written denial", { month: "12", day: "20", year: "2026" });
  await page.getByLabel("The reason the plan gave (optional)").fill("Not medically necessary");
  await toNextSteps(page);

  const steps = nextSteps(page);
  await expect(steps.getByRole("heading", { name: "Your request was denied: what you can do" })).toBeVisible();
  await expect(steps).toContainText("Not medically necessary");

  // The grievance: not filed yet, so the date if filed today (Dec 21 + 3 calendar days).
  const grievance = steps.locator('[data-step="plan-grievance"]');
  await expect(grievance).toContainText("File a grievance with your plan");
  await expect(grievance).toContainText("If you file your grievance today:");
  await expect(grievance).toContainText("The plan should send a written answer or an update on your urgent grievance on or about Thursday, December 24, 2026.");
  await expect(grievance).toContainText("3 calendar days");

  // DMHC at once, because it is urgent.
  const regulator = steps.locator('[data-step="regulator-complaint"]');
  await expect(regulator).toContainText("Go to the DMHC Help Center");
  await expect(regulator).toContainText("Because your case is urgent, you can go to DMHC right away. You do not have to wait 30 days.");
  await expect(regulator).not.toContainText("Counted from");
  // Not a Medi-Cal member: no Medi-Cal track.
  await expect(steps).not.toContainText("State Hearing");

  // Independent Medical Review: 6 months from the written denial (Dec 20, 2026).
  await expect(steps.locator('[data-step="imr"]')).toContainText("Send your Independent Medical Review or complaint form by about Sunday, June 20, 2027.");

  // DMHC's contacts, free help, and nothing of CDI's anywhere on the page.
  await expect(steps.getByRole("heading", { name: "DMHC Help Center", exact: true })).toBeVisible();
  await expect(steps.getByRole("link", { name: DMHC_PHONE })).toBeVisible();
  await expect(steps.getByRole("heading", { name: "Health Consumer Alliance" })).toBeVisible();
  await expect(page.locator("main")).not.toContainText(CDI_PHONE);
  await expect(page.locator("main")).not.toContainText("CDI consumer hotline");
  await expect(page.getByRole("heading", { name: "The plan’s answer is late" })).toHaveCount(0);
  await expectAccessible(page);

  // The grievance letter: expedited review, both sections, the earlier request's dates and the call's reference number.
  const [grievanceDownload] = await Promise.all([
    page.waitForEvent("download"),
    grievance.getByRole("button", { name: "Download grievance letter (PDF)", exact: true }).click(),
  ]);
  expect(grievanceDownload.suggestedFilename()).toBe("second-opinion-grievance-ruiz-2026-12-21.pdf");
  const letter = await pdfText(grievanceDownload);
  for (const expected of [
    "Attn: Grievance and Appeals Department",
    "URGENT: expedited review of this grievance requested",
    "Re: Grievance: you denied my request for a second medical opinion",
    "which I made under California Health and Safety Code §1383.15",
    "Please handle this letter as a grievance under California Health and Safety Code §1368.01",
    "Please review this grievance on an expedited basis.",
    "within 3 calendar days of receiving it",
    "Sent: December 17, 2026, by fax",
    "Received by you: December 18, 2026",
    "December 15, 2026: I spoke with Jordan. Reference number: REF-55821.",
    "Your written denial: December 20, 2026",
    "The reason you gave: Not medically necessary",
    "I may ask the Department of Managed Health Care for help right away",
    hmoMember.memberId,
  ]) {
    expect(letter.text).toContain(expected);
  }
  expect(letter.text).not.toMatch(/Insurance Code|Department of Insurance|30 calendar days/);
  expect(letter.bytes).toBeLessThan(50 * 1024);

  // The same letter as a print view, back to Step 4.
  await expect(grievance.getByRole("link", { name: "Print grievance letter" })).toHaveAttribute("href", "/request/documents/grievance?print=1");
  await page.goto("/request/documents/grievance");
  await expect(page.getByRole("heading", { level: 2, name: "Re: Grievance: you denied my request for a second medical opinion" })).toBeVisible();
  await expect(page.locator("article")).toContainText("REF-55821");
  await expect(page.locator("main")).not.toContainText("You have not recorded either on Step 4");
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print this letter" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("link", { name: "Back to what to do next" }).click();
  await arriveAt(page, decisionPages.nextSteps);

  // Once filed (the dates are asked below the steps), the date counts from the filing date, and the reminders follow.
  await expect(page.getByRole("heading", { name: "Keep track of your grievance" })).toBeVisible();
  await fillDate(page, "Date you filed a grievance (optional)", { month: "12", day: "21", year: "2026" });
  await expect(grievance).toContainText("You filed your grievance:");
  await expect(grievance).toContainText("on or about Thursday, December 24, 2026");
  const grievanceFile = await downloadReminder(page, /reminder for the date the plan should answer your grievance/);
  expect(grievanceFile).toContain("DTSTART;VALUE=DATE:20261224");
  expect(grievanceFile).toContain("SUMMARY:Second opinion: grievance answer due");
  const imrFile = await downloadReminder(page, /reminder for the date to apply for an Independent Medical Review/);
  expect(imrFile).toContain("DTSTART;VALUE=DATE:20270620");
  await expectAccessible(page);

  // Continue goes to "Check your answers".
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
});

test("a routine CDI PPO request with no answer past the due date: overdue message, call script, CDI's contacts only", async ({ page }) => {
  // Received Thursday Dec 10: due on or about Thursday Dec 17. Today is Dec 21.
  const member: Member = {
    ...cdiPpoMember,
    call: { ...cdiPpoMember.call, day: "8" },
    dateSent: { month: "12", day: "9", year: "2026" },
    dateReceived: { month: "12", day: "10", year: "2026" },
  };
  await reachDecisionStep(page, member);

  // Before the member says anything: the page says plainly that the answer is late.
  const banner = page.getByRole("region", { name: "The plan’s answer is late" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("The plan should have decided on or about Thursday, December 17, 2026. We have no answer recorded.");
  await expect(banner.getByRole("heading", { name: "What to do today" })).toBeVisible();
  await expect(banner).toContainText("choose “No answer, and the due date has passed” and continue");

  await outcomeGroup(page).getByLabel("No answer, and the due date has passed").check();
  await expect(banner).toBeVisible();
  await toNextSteps(page);
  await expect(nextSteps(page).getByRole("heading", { name: "No answer from the plan: what you can do" })).toBeVisible();

  // The follow-up call script, filled in with the member's own details.
  const script = page.getByRole("region", { name: "What to say when you call" });
  await expect(script).toBeVisible();
  await expect(script).toContainText("My name is Maria Elena Ruiz, and my member ID is PSP-99812-01.");
  await expect(script).toContainText("You received my request on Thursday, December 10, 2026.");
  await expect(script).toContainText("A decision was due on or about Thursday, December 17, 2026, and I have not had an answer.");
  await expect(script).toContainText("Please send me the decision in writing.");

  // CDI's steps and contacts; no DMHC contact, no DMHC 30-day wait.
  const steps = nextSteps(page);
  await expect(steps.locator('[data-step="plan-grievance"]')).toContainText("Appeal to your insurer");
  await expect(steps.locator('[data-step="regulator-complaint"]')).toContainText("Call the California Department of Insurance");
  await expect(steps.locator('[data-step="regulator-complaint"]')).toContainText("at any time");
  await expect(steps.getByRole("heading", { name: "CDI consumer hotline", exact: true })).toBeVisible();
  await expect(steps.getByRole("link", { name: CDI_PHONE })).toBeVisible();
  await expect(page.locator("main")).not.toContainText(DMHC_PHONE);
  await expect(page.locator("main")).not.toContainText("DMHC Help Center");
  await expect(steps.locator('[data-deadline="mayGoToRegulator"]')).toHaveCount(0);
  await expectAccessible(page);
});

test("a Medi-Cal member not sure who regulates their plan, denied: both offices with how to tell, and the Medi-Cal track", async ({ page }) => {
  await reachDecisionStep(page, { ...hmoMember, coverage: /Medi-Cal through a health plan/, planType: "PPO", regulator: /not sure/ });
  await outcomeGroup(page).getByLabel("Denied", { exact: true }).check();
  await fillDate(page, "Date of the written denial", { month: "12", day: "18", year: "2026" });
  await toNextSteps(page);

  const steps = nextSteps(page);
  await expect(steps.getByRole("heading", { name: "Not sure who regulates your plan?" })).toBeVisible();
  await expect(steps).toContainText("must print a notice that names the Department of Managed Health Care (DMHC)");
  await expect(steps).toContainText("must print a notice about the California Department of Insurance (CDI)");
  await expect(steps.getByRole("heading", { name: "DMHC Help Center", exact: true })).toBeVisible();
  await expect(steps.getByRole("heading", { name: "CDI consumer hotline", exact: true })).toBeVisible();
  await expect(steps.locator('[data-step="regulator-complaint"]')).toContainText("Contact the state office that regulates your plan");

  // Medi-Cal's own track: the plan's appeal within 60 days, then a State Hearing within 120 days of its decision.
  await expect(steps.locator('[data-step="plan-grievance"]')).toContainText("Appeal to your plan");
  await expect(steps.locator('[data-step="plan-grievance"]')).toContainText("File it within 60 days of the plan’s notice.");
  const mediCal = steps.locator('[data-step="medi-cal-state-hearing"]');
  await expect(mediCal).toContainText("Medi-Cal: a State Hearing");
  await expect(mediCal).toContainText("you can ask for a State Hearing within 120 days of the plan’s written appeal decision");
  await expectAccessible(page);
});

test("waiting: calendar reminders for the due date and the follow-up call; the ics library loads only on click", async ({ page }) => {
  const scripts: { url: string; body: Promise<string> }[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith(".js")) scripts.push({ url: response.url(), body: response.text().catch(() => "") });
  });
  await reachDecisionStep(page, hmoMember);
  await outcomeGroup(page).getByLabel("No decision yet, and it is not yet due").check();
  await toNextSteps(page);

  const steps = nextSteps(page);
  await expect(steps.getByRole("heading", { name: "While you wait" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "The plan’s answer is late" })).toHaveCount(0);
  const reminders = steps.getByRole("region", { name: "Add reminders to your calendar" });
  await expect(reminders.locator('[data-reminder="decisionDue"]')).toContainText("Monday, December 28, 2026");
  await expect(reminders.locator('[data-reminder="followUpCall"]')).toContainText("Tuesday, December 29, 2026");
  await expectAccessible(page);

  const before = await Promise.all(scripts.map((script) => script.body));
  expect(before.length).toBeGreaterThan(0);
  expect(before.some((body) => body.includes("adamgibbons/ics"))).toBe(false);

  const due = await downloadReminder(page, /reminder for the date the plan should decide/);
  expect(due).toContain("BEGIN:VCALENDAR");
  expect(due).toContain("DTSTART;VALUE=DATE:20261228");
  const call = await downloadReminder(page, /reminder for your follow-up call/);
  expect(call).toContain("DTSTART;VALUE=DATE:20261229");

  const after = await Promise.all(scripts.map((script) => script.body));
  expect(after.some((body) => body.includes("adamgibbons/ics"))).toBe(true);

  // "No answer" before our due date: not late yet, with our count said plainly, a call suggested, no grievance steps and no "late" banner.
  await page.getByRole("link", { name: "Back" }).click();
  await arriveAt(page, decisionPages.outcome);
  await outcomeGroup(page).getByLabel("No answer, and the due date has passed").check();
  await toNextSteps(page);
  const notLateYet = steps.getByTestId("not-late-yet");
  await expect(notLateYet).toContainText("By our count, the plan is likely to decide on or about Monday, December 28, 2026.");
  await expect(notLateYet).toContainText("You can call member services now and ask when the plan will decide.");
  await expect(steps.locator('[data-step="plan-grievance"]')).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "The plan’s answer is late" })).toHaveCount(0);
  await expectAccessible(page);
});

test("an urgent request with the time received: the 72-hour reminder is a timed event at the California hour", async ({ page }) => {
  await reachDecisionStep(page, { ...hmoMember, urgent: true, dateReceived: { month: "12", day: "20", year: "2026" }, dateSent: { month: "12", day: "20", year: "2026" }, timeReceived: "15:00" });
  await outcomeGroup(page).getByLabel("No decision yet, and it is not yet due").check();
  await toNextSteps(page);
  const reminder = nextSteps(page).locator('[data-reminder="decisionDue"]');
  await expect(reminder).toContainText("Wednesday, December 23, 2026, 3:00 pm (California time)");
  const file = await downloadReminder(page, /reminder for the date the plan should decide/);
  // 3:00 pm PST = 23:00 UTC.
  expect(file).toContain("DTSTART:20261223T230000Z");
});

test("approved: book, send records, the general appointment standard, and the report", async ({ page }) => {
  await reachDecisionStep(page, hmoMember);
  await outcomeGroup(page).getByLabel("Approved", { exact: true }).check();
  await fillDate(page, "Appointment date (optional)", { month: "1", day: "20", year: "2027" });
  await toNextSteps(page);
  const steps = nextSteps(page);
  await expect(steps.getByRole("heading", { name: "Your second opinion was approved" })).toBeVisible();
  await expect(steps).toContainText("Book the appointment");
  await expect(steps).toContainText("Send the doctor copies of your records");
  await expect(steps).toContainText("Once approved, you should generally get a specialist appointment on or about Tuesday, January 12, 2027.");
  await expect(steps).toContainText("Your appointment is later than this general standard.");
  await expect(steps).toContainText("sends a report to you and to your first doctor");
  await expect(steps).toContainText("Tests or treatment the second doctor suggests need their own approval.");
  await expectAccessible(page);
});

test("more information: the clock restarts from the plan's receipt of it", async ({ page }) => {
  await reachDecisionStep(page, hmoMember);
  await outcomeGroup(page).getByLabel("The plan asked for more information").check();
  await page.getByLabel("What did the plan ask for?").fill("The MRI report");
  await toNextSteps(page);
  const steps = nextSteps(page);
  await expect(steps).toContainText("The MRI report");
  await expect(steps).toContainText("When you know the date the plan received it");
  // The link leads to the date's field on the page before, and Continue comes back here.
  await steps.getByRole("link", { name: "Add the date the plan received it" }).click();
  await arriveAt(page, decisionPages.outcome);
  await expect(page.getByRole("group", { name: /Date the plan received the information/ }).getByLabel("Month")).toBeFocused();
  await fillDate(page, "Date the plan received the information (optional)", { month: "12", day: "21", year: "2026" });
  await toNextSteps(page);
  // Monday Dec 21 + 5 business days, Christmas Day skipped.
  await expect(steps).toContainText("The plan should decide on or about Tuesday, December 29, 2026.");
  await expect(steps).toContainText("the date the plan received the information it asked for");
  await expectAccessible(page);
});

test("/if-denied works on its own and starts a new member at the beginning, with 'Denied' waiting on Step 4", async ({ page }) => {
  await visit(page, "/if-denied");
  const main = page.locator("main");
  await expect(page.getByRole("heading", { level: 1, name: "If your request was denied" })).toBeVisible();
  await expect(main.getByRole("heading", { name: "If a DMHC-licensed plan denied it" })).toBeVisible();
  await expect(main.getByRole("heading", { name: "If a CDI-regulated insurance policy denied it" })).toBeVisible();
  await expect(main).toContainText("The plan must answer within 30 calendar days. If your case is urgent or you are in severe pain, it must answer within 3 days.");
  await expect(main).toContainText("Send it within 6 months of the plan’s written answer to your grievance.");
  await expect(main).toContainText("Apply within 6 months of the insurer’s written answer to your appeal.");
  await expect(main).toContainText("State Hearing within 120 days");
  await expect(main.getByRole("link", { name: DMHC_PHONE }).first()).toBeVisible();
  await expect(main.getByRole("link", { name: CDI_PHONE }).first()).toBeVisible();

  await page.getByRole("button", { name: "Start with my denial" }).click();
  await expect(page).toHaveURL(/\/request\/coverage$/);
});

test("/if-denied sends a member who has reached Step 4 straight there, with 'Denied' chosen", async ({ page }) => {
  await reachDecisionStep(page, hmoMember);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "If your request was denied" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "If your request was denied" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Record my denial on Step 4" }).click();
  await arriveAt(page, decisionPages.outcome);
  await expect(outcomeGroup(page).getByLabel("Denied", { exact: true })).toBeChecked();
  await fillDate(page, "Date of the written denial", { month: "12", day: "18", year: "2026" });
  await toNextSteps(page);
  await expect(nextSteps(page).getByRole("heading", { name: "Your request was denied: what you can do" })).toBeVisible();
});
