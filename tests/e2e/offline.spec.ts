// Works with no signal after the first visit (issue 18): the offline service
// worker (lib/offline/service-worker.ts) precaches the whole app on the first
// visit; then the wizard, the documents and the letter's download work offline,
// nothing leaves the origin and Cache Storage holds nothing the member typed.
// A new version waits until the member's open tabs are closed, and the answers
// survive it. The other specs block service workers (playwright.config.ts).
import type { BrowserContext, Page } from "@playwright/test";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expectAccessible } from "./support/accessibility";
import { completeJourney, visit } from "./support/journey";
import { pdfText } from "./support/pdf";
import { offOrigin, recordRequests, typedAnswers, unusualMember as member } from "./support/privacy";
import { saveBeforeFirstPage, savedText } from "./support/saved-answers";
import { savedText as completeRequestText } from "@/tests/support/requests.mjs";
import { expect, test } from "./support/test";

test.use({ serviceWorkers: "allow" });

/** Waits until this page is controlled by an active service worker, its precache complete. */
async function waitUntilOfflineReady(page: Page) {
  // public/register-sw.js registers it a few seconds after the page has loaded.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? "none"), { timeout: 60_000 }).toBe("activated");
}

/** The URLs each cache holds, as keys (a precached file's key carries its revision). */
function cachedKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const keys: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) keys.push(request.url);
    return keys;
  });
}

/** Which of `secrets` some Cache Storage entry's URL or body contains. */
function secretsInCaches(page: Page, secrets: string[]): Promise<string[]> {
  return page.evaluate(async (secrets) => {
    const found: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const body = (await (await cache.match(request))?.text()) ?? "";
        for (const secret of secrets) if (request.url.includes(secret) || body.includes(secret)) found.push(`${request.url}: ${secret}`);
      }
    }
    return found;
  }, secrets);
}

test("after one visit, a member with no signal walks every step, reaches the documents and downloads the letter", async ({ page, baseURL }) => {
  // A whole journey with axe on every page: about a minute on a quiet host, five on a busy one.
  test.setTimeout(600_000);
  const requests = recordRequests(page);

  // The one visit with a signal: the start page, until the worker has cached the app.
  await visit(page, "/");
  await waitUntilOfflineReady(page);
  expect(await cachedKeys(page), "the pages, their scripts and the PDF renderer are cached").toEqual(
    expect.arrayContaining([expect.stringContaining("/request/documents?"), expect.stringContaining("/_next/static/chunks/")]),
  );

  await page.context().setOffline(true);
  // Every step, page by page, with axe on each (support/journey.ts), then the documents.
  await completeJourney(page, member);
  await page.getByRole("link", { name: "Get your request letter and records checklist" }).click();
  await expect(page).toHaveURL(/\/request\/documents$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your request letter and records checklist" })).toBeVisible();
  await expectAccessible(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download letter (PDF)", exact: true }).click()]);
  const letter = await pdfText(download);
  expect(letter.text).toContain(member.fullName);
  expect(letter.text).toContain(member.memberId);

  // The print view is there too, and a change link's ?change=1 finds its page.
  await visit(page, "/request/documents/letter");
  await expect(page.locator("main")).toContainText(member.fullName);
  await page.goto("/request/plan?change=1");
  await expect(page.getByLabel("Member ID")).toHaveValue(member.memberId);
  await expectAccessible(page);

  expect(offOrigin(requests, new URL(baseURL!).origin), "requests to other origins").toEqual([]);
  // The worker stored only the build's own files: no answer is in any cached URL or body.
  expect(await savedText(page), "the answers are on this device").toContain(member.fullName);
  expect(await secretsInCaches(page, typedAnswers(member))).toEqual([]);
});

/**
 * The app behind a small proxy that serves its service worker as a new
 * version on demand (every precache revision changed, as a new build changes
 * them), so the browser finds the update by itself, as it would after a deploy.
 * Playwright cannot route the browser's own update check, hence the proxy.
 */
async function appWithNewVersions(appOrigin: string) {
  const version = { current: 1 };
  const server = createServer(async (request, response) => {
    try {
      const upstream = await fetch(`${appOrigin}${request.url}`, {
        headers: Object.fromEntries(Object.entries(request.headers).filter(([name]) => !["host", "accept-encoding", "connection", "if-none-match", "if-modified-since"].includes(name))) as Record<string, string>,
      });
      let body = Buffer.from(await upstream.arrayBuffer());
      if (new URL(request.url ?? "/", appOrigin).pathname === "/sw.js" && version.current === 2) {
        body = Buffer.from(body.toString("utf8").replaceAll('revision:"', 'revision:"v2-'));
      }
      const headers = Object.fromEntries([...upstream.headers].filter(([name]) => !["content-encoding", "content-length", "transfer-encoding", "connection"].includes(name)));
      response.writeHead(upstream.status, headers).end(body);
    } catch (error) {
      response.writeHead(502).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, version, close: () => new Promise((resolve) => server.close(resolve)) };
}

test("a new version waits while the member's tab is open, takes over once it is closed, and keeps the answers", async ({ page, context, now, baseURL }) => {
  test.setTimeout(360_000);
  const app = await appWithNewVersions(new URL(baseURL!).origin);
  try {
    await newVersionTakesOver(page, app, () => openPage(context, now));
  } finally {
    await app.close();
  }
});

async function openPage(context: BrowserContext, now: Date) {
  const next = await context.newPage();
  await next.clock.setFixedTime(now);
  return next;
}

async function newVersionTakesOver(page: Page, { origin, version }: { origin: string; version: { current: number } }, openPage: () => Promise<Page>) {
  await saveBeforeFirstPage(page, completeRequestText());
  await visit(page, `${origin}/request/review`);
  await waitUntilOfflineReady(page);
  expect(await savedText(page)).toContain("Maria Elena Sánchez");
  const firstKeys = await cachedKeys(page);
  expect(firstKeys.some((key) => key.includes("__WB_REVISION__=v2-"))).toBe(false);

  // A new version is published while the tab is open: it installs beside the old one and waits.
  version.current = 2;
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.waiting?.state ?? "none")), { timeout: 60_000 })
    .toBe("installed");
  const bothVersions = await cachedKeys(page);
  expect(bothVersions, "the old version's files stay while it is in use").toEqual(expect.arrayContaining(firstKeys));
  expect(bothVersions.some((key) => key.includes("__WB_REVISION__=v2-"))).toBe(true);

  // The open tab keeps its version, even with no signal: its pages and lazily loaded scripts still come from the cache.
  await page.context().setOffline(true);
  await page.getByRole("link", { name: "Change member ID" }).click();
  await expect(page).toHaveURL(/\/request\/plan\?change=1/);
  await expect(page.getByLabel("Member ID")).toHaveValue("XKH 123-456-789");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  // A second tab opened meanwhile gets the same (old) version, not a mix.
  const secondTab = await openPage();
  await visit(secondTab, `${origin}/request/documents`);
  expect(await secondTab.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.waiting?.state ?? "none"))).toBe(
    "installed",
  );
  await page.context().setOffline(false);

  // Once every tab of the old version is closed, the next visit gets the new one.
  const answers = await savedText(page);
  expect(answers).toContain("Maria Elena Sánchez");
  await page.close();
  await secondTab.close();
  const reopened = await openPage();
  await visit(reopened, `${origin}/`);
  await expect
    .poll(
      async () => {
        await reopened.reload();
        return reopened.evaluate(() =>
          navigator.serviceWorker.getRegistration().then((registration) => `${registration?.active?.state}, waiting: ${registration?.waiting ? "yes" : "no"}`),
        );
      },
      { timeout: 30_000 },
    )
    .toBe("activated, waiting: no");
  await expect.poll(() => cachedKeys(reopened).then((keys) => keys.some((key) => firstKeys.includes(key)))).toBe(false);
  await expectAccessible(reopened);
  await expect(reopened.getByRole("link", { name: "Continue where you left off" })).toBeVisible();
  expect(await savedText(reopened), "the answers survived the update").toBe(answers);
}
