import { readdirSync } from "node:fs";
import path from "node:path";
import type { Download, Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { cdiPpoMember, completeJourney, hmoMember, type Member } from "./support/journey";
import { pdfText } from "./support/pdf";
import { STORAGE_KEY } from "./support/saved-answers";
import { localePath } from "@/lib/i18n/locales";
import { expect, test } from "./support/test";

const DOCUMENTS = "/request/documents";
/** lib/storage/request-storage.ts */

async function download(page: Page, name: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name, exact: true }).click()]);
  return file;
}

async function openDocuments(page: Page, member: Member) {
  await completeJourney(page, member);
  await page.getByRole("link", { name: "Get your request letter and records checklist" }).click();
  await expect(page).toHaveURL(new RegExp(`${DOCUMENTS}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Your request letter and records checklist" })).toBeVisible();
  await expectAccessible(page);
}

test.describe("the documents after a full journey", () => {
  // The journey is long: one browser size is enough for the PDFs' content.
  test.skip(({ isMobile }) => isMobile, "content checks run on desktop; the mobile project checks the page itself");

  test("an HMO member downloads a letter and a checklist that carry their answers", async ({ page }) => {
    await openDocuments(page, hmoMember);

    const letterFile = await download(page, "Download letter (PDF)");
    expect(letterFile.suggestedFilename()).toBe("second-opinion-request-ruiz-2026-12-21.pdf");
    const letter = await pdfText(letterFile);
    for (const expected of [
      hmoMember.fullName,
      hmoMember.memberId,
      hmoMember.groupNumber,
      hmoMember.planName,
      "California Health and Safety Code §1383.15",
      "I question whether the surgery my doctor recommended is reasonable or necessary.",
      "threatens my life, a limb or a bodily function, or could seriously impair me.",
      "Copy of my insurance card (front and back)",
      "Recent lab results",
      "cc: Dr. Alan Chen, Oncology (treating doctor)",
    ]) {
      expect(letter.text).toContain(expected);
    }
    expect(letter.text).not.toMatch(/URGENT|72 hours|Insurance Code/);
    expect(letter.bytes).toBeLessThan(50 * 1024);

    const checklistFile = await download(page, "Download checklist (PDF)");
    expect(checklistFile.suggestedFilename()).toBe("second-opinion-checklist-ruiz-2026-12-21.pdf");
    const checklist = await pdfText(checklistFile);
    for (const expected of [
      `Name: ${hmoMember.fullName}`,
      `Plan: ${hmoMember.planName}`,
      `Member ID: ${hmoMember.memberId}`,
      "Requested on",
      "Sent on",
      "Sent to",
      // A mastectomy is surgery: the surgeon's written recommendation is on the list.
      "The surgeon’s written recommendation for surgery",
      "Your plan must answer: on or about Monday, December 28, 2026",
    ]) {
      expect(checklist.text).toContain(expected);
    }
    expect(checklist.text).not.toContain("why this is urgent");
    expect(checklist.bytes).toBeLessThan(50 * 1024);
  });

  test("a CDI policy holder with an urgent request gets the Insurance Code and the 72-hour request", async ({ page }) => {
    await openDocuments(page, { ...cdiPpoMember, urgent: true, timeReceived: "09:30" });
    const letter = await pdfText(await download(page, "Download letter (PDF)"));
    for (const expected of [
      cdiPpoMember.memberId,
      cdiPpoMember.groupNumber,
      cdiPpoMember.planName,
      "California Insurance Code §10123.68",
      "URGENT: expedited review requested",
      "within 72 hours of receiving",
      "cc: Dr. Alan Chen, Oncology (treating doctor)",
    ]) {
      expect(letter.text).toContain(expected);
    }
    expect(letter.text).not.toContain("Health and Safety Code");
    const checklist = await pdfText(await download(page, "Download checklist (PDF)"));
    expect(checklist.text).toContain("A note from your doctor saying why this is urgent");
  });
});

test.describe("downloads on the Documents page", () => {
  test.beforeEach(async ({ page }) => {
    // The answers the page reads, without walking the journey.
    await page.goto("/");
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) localStorage.removeItem(key);
    });
  });

  test("says it is preparing, tells the member when it fails, and works on retry", async ({ page }) => {
    // The documents' worker cannot start until told otherwise (a dropped connection), then starts slowly.
    let failing = true;
    await page.route("**/_next/static/chunks/turbopack-worker-*.js", async (route) => {
      if (failing) return route.abort("connectionfailed");
      await new Promise((resolve) => setTimeout(resolve, 600));
      return route.continue();
    });
    await page.goto(DOCUMENTS);
    const button = page.getByRole("button", { name: "Download letter (PDF)", exact: true });
    await expect(button).toBeVisible();

    // Preparing the file ahead failed quietly; asking for it says so.
    await button.click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("the PDF could not be made");
    await expect(button).not.toHaveAttribute("aria-disabled", "true");

    failing = false;
    const retried = page.waitForEvent("download");
    await button.click();
    await expect(page.getByRole("button", { name: "Preparing your letter (PDF)…" })).toBeVisible();
    const file = await retried;
    expect(file.suggestedFilename()).toBe("second-opinion-request-2026-12-21.pdf");
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  });

  test("the page passes axe and offers print views and a blank checklist", async ({ page }) => {
    await page.goto(DOCUMENTS);
    await expect(page.getByRole("button", { name: "Download checklist (PDF)", exact: true })).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByRole("link", { name: "Print letter", exact: true })).toHaveAttribute("href", "/request/documents/letter?print=1");
    await expect(page.getByRole("link", { name: "Print checklist" })).toHaveAttribute("href", "/request/documents/checklist?print=1");
    await expect(page.getByRole("link", { name: "Print a blank checklist" })).toBeVisible();
  });
});

test.describe("print views", () => {
  test("the letter prints as a semantic page without the site around it", async ({ page }) => {
    await completeJourneyQuickly(page);
    await page.goto("/request/documents/letter");
    await expect(page.getByRole("heading", { level: 2, name: "Re: Request for a second medical opinion" })).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByText("California Health and Safety Code §1383.15", { exact: false })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Enclosures" })).toBeVisible();

    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.getByRole("button", { name: "Print this letter" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "Re: Request for a second medical opinion" })).toBeVisible();
    const color = await page.locator("article").evaluate((element) => getComputedStyle(element).color);
    expect(color).toBe("rgb(0, 0, 0)");
  });

  test("the grievance letter with no denial or missed date recorded says so, and links to Step 4", async ({ page }) => {
    await completeJourneyQuickly(page);
    await page.goto("/request/documents/grievance");
    await expect(page.getByRole("heading", { level: 2, name: "Re: Grievance: no decision on my request for a second medical opinion" })).toBeVisible();
    await expect(page.locator("main")).toContainText("You have not recorded either on Step 4");
    await expect(page.getByRole("link", { name: "Record what happened on Step 4" })).toHaveAttribute("href", "/request/decision");
    await expect(page.locator("article")).toContainText("California Health and Safety Code §1368.01");
    await expectAccessible(page);
  });

  test("the checklist is a real table; the blank one has no answers", async ({ page }) => {
    await completeJourneyQuickly(page);
    await page.goto("/request/documents/checklist");
    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader", { name: "Requested on" })).toBeVisible();
    await expect(table.getByRole("rowheader", { name: /A copy of your insurance card/ })).toBeVisible();
    await expect(page.getByText("Pacific Shield PPO")).toBeVisible();
    await expectAccessible(page);

    await page.goto("/request/documents/checklist/blank");
    await expect(page.getByRole("table").getByRole("columnheader", { name: "Sent to" })).toBeVisible();
    await expect(page.getByText("Pacific Shield PPO")).toHaveCount(0);
    await expectAccessible(page);
  });

  test("Print opens the print dialog once the document is on the page", async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.goto("/request/documents/checklist/blank?print=1");
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await expect(page).toHaveURL(/\/request\/documents\/checklist\/blank$/);
  });
});

/** Saves answers straight to this device's storage, as the app does, then opens a page. */
async function completeJourneyQuickly(page: Page) {
  await page.goto("/");
  await page.evaluate((key) => {
    const envelope = {
      version: 1,
      savedAt: new Date().toISOString(),
      request: {
        coverage: { source: "individual" },
        plan: { planType: "ppo", regulator: "dmhc", planName: "Pacific Shield PPO", memberId: "PSP-1", groupNumber: "88001" },
        aboutYou: { fullName: "Sam Lee" },
        doctor: { name: "Dr. Ada Park", condition: "Knee pain" },
        submit: { reasons: ["unclear-diagnosis"], enclosures: ["insurance-card"], urgent: "no" },
      },
    };
    localStorage.setItem(key, JSON.stringify(envelope));
  }, STORAGE_KEY);
}

test.describe("the PDF renderer is never in a page's first load", () => {
  const RENDERER_MARKERS = ["PDFDocument", "startxref", "%PDF-", "FlateDecode"];
  const isRenderer = (source: string) => RENDERER_MARKERS.filter((marker) => source.includes(marker)).length >= 3;

  /** Every static route, from the app folder. */
  function routes(): string[] {
    const found: string[] = [];
    const walk = (dir: string, route: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isDirectory()) {
          if (entry.name === "page.tsx") found.push(route || "/");
          continue;
        }
        if (entry.name.startsWith("[") || entry.name.startsWith("_")) continue;
        const segment = entry.name.startsWith("(") ? "" : `/${entry.name}`;
        walk(path.join(dir, entry.name), route + segment);
      }
    };
    walk(path.resolve("app"), "");
    return found.sort();
  }

  /** Pages that offer a download, and so prepare the files in the documents' worker once idle. */
  const DOWNLOAD_PAGES = new Set([DOCUMENTS, "/request/submit/documents"].flatMap((route) => [route, localePath("es", route)]));

  /**
   * Records every script the page and its workers receive from now on. The
   * page's own scripts come as "script"; what a worker loads (importScripts) does not.
   */
  function recordScripts(page: Page) {
    const scripts: { url: string; onPage: boolean; body: Promise<string> }[] = [];
    page.on("response", (response) => {
      if (!response.url().endsWith(".js")) return;
      scripts.push({ url: response.url(), onPage: response.request().resourceType() === "script", body: response.text().catch(() => "") });
    });
    return async () => {
      const loaded = await Promise.all(scripts.map(async (script) => ({ ...script, body: await script.body })));
      const renderer = loaded.filter((script) => isRenderer(script.body));
      return {
        count: loaded.filter((script) => script.onPage).length,
        onPage: renderer.filter((script) => script.onPage).map((script) => script.url),
        inWorker: renderer.filter((script) => !script.onPage).map((script) => script.url),
      };
    };
  }

  test.skip(({ isMobile }) => isMobile, "the same JavaScript on every screen size");

  for (const route of routes()) {
    test(`${route} never runs the renderer on the page${DOWNLOAD_PAGES.has(route) ? "" : ", nor fetches it"}`, async ({ page }) => {
      const loaded = recordScripts(page);
      await page.goto(route, { waitUntil: "networkidle" });
      await page.waitForTimeout(500);
      const { count, onPage, inWorker } = await loaded();
      expect(count).toBeGreaterThan(0);
      expect(onPage).toEqual([]);
      if (!DOWNLOAD_PAGES.has(route)) expect(inWorker).toEqual([]);
    });
  }

  test("the Documents page readies the renderer in its worker once idle, and the page stays free", async ({ page }) => {
    const loaded = recordScripts(page);
    await page.goto(DOCUMENTS, { waitUntil: "networkidle" });
    await expect.poll(async () => (await loaded()).inWorker.length).toBeGreaterThan(0);
    expect((await loaded()).onPage).toEqual([]);
    expect(page.workers().length).toBe(1);
  });
});

test.describe("links fetch their page only when the member reaches for one", () => {
  test.skip(({ isMobile }) => isMobile, "the same links on every screen size");

  /** Next's requests for another page's contents (a prefetch or a navigation). */
  function recordPageFetches(page: Page) {
    const fetched: string[] = [];
    page.on("request", (request) => {
      if (request.headers()["rsc"]) fetched.push(new URL(request.url()).pathname);
    });
    return fetched;
  }

  test("the documents page fetches nothing more after loading, and a print view once its link is pointed at", async ({ page }) => {
    await completeJourneyQuickly(page);
    const fetched = recordPageFetches(page);
    await page.goto(DOCUMENTS, { waitUntil: "networkidle" });
    await expect(page.getByRole("button", { name: "Download letter (PDF)", exact: true })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(fetched).toEqual([]);

    const printLetter = page.getByRole("link", { name: "Print letter", exact: true });
    await printLetter.hover();
    await expect.poll(() => fetched).toContain("/request/documents/letter");
    await printLetter.click();
    await expect(page).toHaveURL(/\/request\/documents\/letter/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
