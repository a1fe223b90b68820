import type { Page } from "@playwright/test";
import { completeHmoRequest } from "@/tests/support/requests.mjs";
import { expectAccessible } from "./support/accessibility";
import { pdfText } from "./support/pdf";
import { saveBeforeFirstPage, savedTextFor } from "./support/saved-answers";
import { expect, test } from "./support/test";

// "Today" is Monday, December 21, 2026, 10:00 in California (support/test.ts).

/** The fixture member, denied on December 19, with a later call logged before the first one. */
function deniedMember() {
  const request = completeHmoRequest();
  request.memberServices.calls.unshift({ id: "later", date: { month: "12", day: "20", year: "2026" }, spokeTo: "Sam", referenceNumber: "REF-LATER" });
  request.decision = { outcome: "denied", denialDate: { month: "12", day: "19", year: "2026" } };
  return request;
}

/** What the member reads, in the order it happened. */
const inOrder = [
  "I talked to Dr. Samuel Okafor about a second opinion",
  "REF-99812",
  "I sent my request by mail",
  "AUTH-2026-55107",
  "The plan received my request",
  "The plan denied my request in writing",
  "REF-LATER",
  "Last day to ask the state for an Independent Medical Review",
];

function expectInOrder(text: string) {
  const positions = inOrder.map((words) => text.indexOf(words));
  expect(positions.filter((position) => position < 0), "every event is there").toEqual([]);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

async function openTimeline(page: Page) {
  await saveBeforeFirstPage(page, savedTextFor(deniedMember()));
  await page.goto("/request/decision/next-steps");
  await expect(page.getByRole("heading", { name: "My case so far" })).toBeVisible();
  await expectAccessible(page);
}

test.describe("My case so far", () => {
  test("from Step 4: the printed page has every date in order and passes axe", async ({ page }) => {
    await openTimeline(page);
    await page.getByRole("link", { name: "Print my case so far" }).click();
    await expect(page).toHaveURL(/\/request\/documents\/timeline/);
    await expect(page.getByRole("heading", { level: 1, name: "My case so far" })).toBeVisible();
    const rows = page.locator("[data-timeline-row]");
    await expect(rows.first()).toBeVisible();
    expectInOrder((await rows.allInnerTexts()).join(" "));
    await expectAccessible(page);
  });

  test("the PDF downloads with every date in order", async ({ page, isMobile }) => {
    test.skip(isMobile, "the PDF's content is checked once, on desktop");
    await openTimeline(page);
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download my case so far (PDF)", exact: true }).click(),
    ]);
    expect(file.suggestedFilename()).toBe("second-opinion-timeline-sanchez-2026-12-21.pdf");
    expectInOrder((await pdfText(file)).text);
  });
});
