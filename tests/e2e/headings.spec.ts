import AxeBuilder from "@axe-core/playwright";
import { datePartsFromIso } from "@/lib/dates/date-parts";
import { routes } from "@/lib/routes";
import { localePath } from "@/lib/i18n/locales";
import { completeHmoRequest } from "@/tests/support/requests.mjs";
import { test, expect } from "./support/test";
import { saveBeforeFirstPage, savedTextFor } from "./support/saved-answers";

// Lighthouse's accessibility score adds rules beyond WCAG's tags to the ones
// every visit checks: headings that skip no level, one main landmark the skip
// link can reach. A screen-reader user moves by headings, so a page that jumps
// from its h1 to an h3 reads as if something were missing.
const structureRules = ["heading-order", "landmark-one-main", "page-has-heading-one", "skip-link"];

test.skip(({ isMobile }) => isMobile, "headings do not depend on the screen size");
test.use({ now: new Date("2027-03-01T10:00:00-08:00") });

test("every page's headings go down one level at a time, under one main landmark", async ({ page }) => {
  test.setTimeout(300_000);
  // A member denied after the fixture's request, who filed a grievance: every page has something to show.
  const request = completeHmoRequest();
  (request as { decision: unknown }).decision = {
    outcome: "denied",
    denialDate: datePartsFromIso("2026-12-28"),
    denialReason: "Not medically necessary",
    grievanceFiledDate: datePartsFromIso("2027-01-04"),
  };
  await saveBeforeFirstPage(page, savedTextFor(request));
  const problems: string[] = [];
  for (const path of [...Object.values(routes), ...Object.values(routes).map((path) => localePath("es", path)), "/no-such-page"]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withRules(structureRules).analyze();
    for (const violation of violations) problems.push(`${path}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  }
  expect(problems).toEqual([]);
});
