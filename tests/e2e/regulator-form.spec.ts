import type { Page } from "@playwright/test";
import { datePartsFromIso } from "@/lib/dates/date-parts";
import { completeHmoRequest } from "@/tests/support/requests.mjs";
import { test, expect } from "./support/test";
import { expectAccessible } from "./support/accessibility";
import { pdfText } from "./support/pdf";
import { saveBeforeFirstPage, savedTextFor } from "./support/saved-answers";

// The answers for the regulator's form: the fixture member (Maria, helped by
// her daughter Ana) was denied by her DMHC plan on December 28, 2026 and filed
// a grievance on January 4, 2027 that the plan should have answered by
// February 3. "Today" is March 1, 2027: past that date.

type Request = ReturnType<typeof completeHmoRequest>;

const deniedWithGrievance = {
  outcome: "denied",
  denialDate: datePartsFromIso("2026-12-28"),
  denialReason: "Not medically necessary",
  grievanceFiledDate: datePartsFromIso("2027-01-04"),
};

function member(change: (request: Request) => void = () => undefined): Request {
  const request = completeHmoRequest();
  (request as { decision: unknown }).decision = deniedWithGrievance;
  change(request);
  return request;
}

const MEMBER_ID = "XKH 123-456-789";
const DMHC_MAIL = "980 Ninth St, Suite 500, Sacramento CA 95814-2725";
const DMHC_FAX = "916-255-5241";
const CDI_PHONE = "1-800-927-4357";
const DESCRIPTION = [
  "On December 17, 2026 I asked Blue Shield Trio HMO to cover a second medical opinion from Dr. Lena Whitfield, Orthopedic surgery",
  "The plan denied it on December 28, 2026. It said: “Not medically necessary”",
  "I filed a grievance with the plan on January 4, 2027. The plan has not answered my grievance.",
];

const formCard = (page: Page) => page.getByRole("region", { name: "Answers for the regulator’s form" });

async function downloadPdf(page: Page, card = formCard(page), name = "Download answers for the form (PDF)") {
  const button = card.getByRole("button", { name });
  await button.hover();
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: download.suggestedFilename(), ...(await pdfText(download)) };
}

test.use({ now: new Date("2027-03-01T10:00:00-08:00") });

test("a DMHC member whose grievance went unanswered downloads and prints the answers for DMHC's form", async ({ page }) => {
  await saveBeforeFirstPage(page, savedTextFor(member()));
  await page.goto("/request/decision/next-steps");
  await expect(formCard(page)).toBeVisible();
  await expectAccessible(page);

  const pdf = await downloadPdf(page);
  expect(pdf.name).toBe("second-opinion-regulator-form-sanchez-2027-03-01.pdf");
  for (const words of [MEMBER_ID, "December 28, 2026", "January 4, 2027", DMHC_MAIL, DMHC_FAX, "This is not the official form.", ...DESCRIPTION]) {
    expect(pdf.text).toContain(words);
  }
  expect(pdf.text).not.toContain(CDI_PHONE);

  // Her other papers for the regulator, from the same page: her daughter's authority and her case so far.
  const authorization = await downloadPdf(page, page.getByRole("region", { name: "Authorization for the person helping you" }), "Download authorization (PDF)");
  for (const words of ["Ana Sánchez", "Relationship to me: Daughter", MEMBER_ID]) expect(authorization.text).toContain(words);
  const timeline = await downloadPdf(page, page.getByRole("region", { name: "My case so far" }), "Download my case so far (PDF)");
  expect(timeline.text).toMatch(/December 28, 2026[\s\S]*January 4, 2027/);

  await formCard(page).getByRole("link", { name: "Print answers for the form" }).click();
  await expect(page).toHaveURL(/\/request\/documents\/regulator-form/);
  const form = page.getByRole("article", { name: "Answers for the regulator’s form" });
  await expect(form).toContainText(MEMBER_ID);
  for (const words of DESCRIPTION) await expect(form).toContainText(words);
  await expect(form).toContainText(DMHC_MAIL);
  await expect(form).toContainText("Check the form’s instructions");
  // What the form asks and the app does not: a blank to fill in.
  await expect(form.getByRole("term").filter({ hasText: "Sex:" })).toBeVisible();
  await expect(form).toContainText("(blank, to fill in)");
  await expect(form).toContainText("The last day to send it: on or about Monday, June 28, 2027.");
  await expectAccessible(page);

  // The documents page offers it too.
  await page.goto("/request/documents");
  await expect(formCard(page)).toBeVisible();
  await expectAccessible(page);
});

test("a CDI member sees the CDI hotline and website, and no DMHC address", async ({ page }) => {
  await saveBeforeFirstPage(
    page,
    savedTextFor(
      member((request) => {
        request.plan.planType = "ppo";
        request.plan.regulator = "cdi";
      }),
    ),
  );
  await page.goto("/request/documents/regulator-form");
  const form = page.getByRole("article", { name: "Answers for the regulator’s form" });
  await expect(form).toContainText(CDI_PHONE);
  await expect(form).toContainText("www.insurance.ca.gov");
  await expect(form).toContainText("I filed an appeal with the insurer on January 4, 2027.");
  await expect(form).not.toContainText(DMHC_MAIL);
  await expect(form).not.toContainText(DMHC_FAX);
  await expectAccessible(page);
});

test("an off-ramped member (a self-funded job plan) is not offered the answers, and the page says where to go instead", async ({ page }) => {
  await saveBeforeFirstPage(page, savedTextFor(member((request) => ((request as { coverage: unknown }).coverage = { source: "job-self-funded", continueWithoutStateLaw: true }))));
  await page.goto("/request/decision/next-steps");
  // The next steps have drawn (the off-ramp's own words) before the link is checked for.
  await expect(page.getByRole("region", { name: "What to do next" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Print answers for the form" })).toHaveCount(0);
  await expect(formCard(page)).toHaveCount(0);
  await page.goto("/request/documents");
  await expect(page.getByRole("heading", { name: "Request letter", exact: true })).toBeVisible();
  await expect(formCard(page)).toHaveCount(0);

  await page.goto("/request/documents/regulator-form");
  const form = page.getByRole("article", { name: "Answers for the regulator’s form" });
  await expect(form).toContainText("This page does not apply to your coverage.");
  await expect(form.getByRole("heading", { name: "Where to go instead" })).toBeVisible();
  await expect(form).not.toContainText(MEMBER_ID);
  await expectAccessible(page);
});
