import type { Page } from "@playwright/test";
import { datePartsFromIso } from "@/lib/dates/date-parts";
import { completeHmoRequest } from "@/tests/support/requests.mjs";
import { expectAccessible } from "./support/accessibility";
import { pdfText } from "./support/pdf";
import { saveBeforeFirstPage, savedTextFor } from "./support/saved-answers";
import { expect, test } from "./support/test";

// The helper's authorization: the fixture member (Maria) is helped by her
// daughter Ana. Her DMHC plan denied her request on December 28, 2026; her
// grievance of January 4, 2027 went unanswered. "Today" is March 1, 2027.

type Request = ReturnType<typeof completeHmoRequest>;

function deniedMember(change: (request: Request) => void = () => undefined): Request {
  const request = completeHmoRequest();
  (request as { decision: unknown }).decision = {
    outcome: "denied",
    denialDate: datePartsFromIso("2026-12-28"),
    grievanceFiledDate: datePartsFromIso("2027-01-04"),
  };
  change(request);
  return request;
}

const HELPER = "Ana Sánchez";
const MEMBER_ID = "XKH 123-456-789";
const card = (page: Page) => page.getByRole("region", { name: "Authorization for the person helping you" });

test.use({ now: new Date("2027-03-01T10:00:00-08:00") });

test.describe("the helper's authorization", () => {
  test("Step 4 offers it beside the regulator's form; its print view names the daughter and passes axe", async ({ page }) => {
    await saveBeforeFirstPage(page, savedTextFor(deniedMember()));
    await page.goto("/request/decision/next-steps");
    await expect(card(page)).toBeVisible();
    await expectAccessible(page);

    await card(page).getByRole("link", { name: "Print authorization" }).click();
    await expect(page).toHaveURL(/\/request\/documents\/authorization/);
    await expect(page.getByRole("heading", { level: 1, name: "Authorization for the person helping you" })).toBeVisible();
    const letter = page.getByRole("article");
    for (const words of [HELPER, "Relationship to me: Daughter", `Member ID: ${MEMBER_ID}`, "It lasts until I withdraw it in writing."]) {
      await expect(letter).toContainText(words);
    }
    await expect(page.getByText("use its own Authorized Assistant Form")).toBeVisible();
    await expect(page.getByText("Your plan may have its own form for this.", { exact: false })).toBeVisible();
    await expectAccessible(page);
  });

  test("the PDF carries the daughter's name, her relationship, the member ID and the end date", async ({ page, isMobile }) => {
    test.skip(isMobile, "the PDF's content is checked once, on desktop");
    await saveBeforeFirstPage(page, savedTextFor(deniedMember((request) => Object.assign(request.aboutYou, { authorizationEnds: datePartsFromIso("2027-06-30") }))));
    await page.goto("/request/documents");
    const button = card(page).getByRole("button", { name: "Download authorization (PDF)" });
    await button.hover();
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    expect(download.suggestedFilename()).toBe("second-opinion-authorization-sanchez-2027-03-01.pdf");
    const { text } = await pdfText(download);
    for (const words of [HELPER, "Relationship to me: Daughter", `Member ID: ${MEMBER_ID}`, "It lasts until June 30, 2027"]) expect(text).toContain(words);
  });

  test("a member no one helps is told there is nothing to authorize, and is not offered it", async ({ page }) => {
    await saveBeforeFirstPage(page, savedTextFor(deniedMember((request) => (request.aboutYou.hasHelper = "no"))));
    await page.goto("/request/documents/authorization");
    await expect(page.getByRole("heading", { level: 1, name: "Authorization for the person helping you" })).toBeVisible();
    await expect(page.getByText("there is nothing to authorize")).toBeVisible();
    await expect(page.getByRole("link", { name: "Add the person helping you on the About you page" })).toHaveAttribute("href", "/request/about-you");
    await expect(page.getByRole("article")).toHaveCount(0);
    await expectAccessible(page);

    await page.goto("/request/documents");
    await expect(page.getByRole("region", { name: "Request letter" })).toBeVisible();
    await expect(card(page)).toHaveCount(0);
  });
});
