// "Your answers stay on this device": across a whole journey, including both
// PDF downloads, the browser talks to no origin but the app's own, no request
// carries anything the member typed, nothing is kept in cookies, and the
// console shows no error and no policy violation.
import type { ConsoleMessage, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expectAccessible } from "./support/accessibility";
import { completeJourney } from "./support/journey";
import { offOrigin, recordRequests, typedAnswers, unusualMember as member } from "./support/privacy";
import { expect, test } from "./support/test";

function watchForProblems(page: Page) {
  const problems: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === "error" || /Content.Security.Policy|Permissions.Policy/i.test(message.text())) {
      problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
    }
  };
  page.on("console", onConsole);
  page.on("worker", (worker) => worker.on("console", onConsole));
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  return page
    .exposeBinding("__reportPolicyViolation", (_source, text: string) => void problems.push(text))
    .then(() =>
      page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          const report = (window as unknown as { __reportPolicyViolation: (text: string) => void }).__reportPolicyViolation;
          report(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
        });
      }),
    )
    .then(() => problems);
}

test.skip(({ isMobile }) => !isMobile, "One whole journey is enough: on a phone-sized screen, as most members use it.");

test("a whole journey with both PDFs: nothing the member typed leaves the device", async ({ page, baseURL }) => {
  const appOrigin = new URL(baseURL!).origin;
  const requests = recordRequests(page);
  const problems = await watchForProblems(page);

  await completeJourney(page, member);
  // The answers are really in use on this device (so "nothing was sent" is not vacuous).
  await expect(page.getByText(member.fullName).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /request letter and records checklist/i }).click();
  await expect(page).toHaveURL(/\/request\/documents$/);
  await expect(page.locator("main h1")).toBeVisible();
  await expectAccessible(page);

  const downloads: Buffer[] = [];
  for (const label of ["Download letter (PDF)", "Download checklist (PDF)"]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label }).click()]);
    expect(download.suggestedFilename(), "named for the member, made from their answers").toMatch(/thornbury/i);
    downloads.push(readFileSync((await download.path())!));
  }
  // The PDFs were made here, from the answers, without sending them anywhere.
  for (const file of downloads) expect(file.subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // Saving the answers to a file to take to another device is made here too.
  await page.goto("/");
  const [saved] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save my answers to a file" }).click()]);
  expect(readFileSync((await saved.path())!, "utf8"), "the answers file holds the member's answers").toContain(member.fullName);

  // The recording works: the journey's pages, scripts and router requests are all in it.
  expect(requests.length).toBeGreaterThan(10);
  expect(requests.some((request) => request.resourceType() === "script")).toBe(true);

  expect(offOrigin(requests, appOrigin), "requests to other origins").toEqual([]);

  const secrets = typedAnswers(member);
  const leaks: string[] = [];
  for (const request of requests) {
    const url = decodeURIComponent(request.url());
    const body = request.postDataBuffer()?.toString("utf8") ?? "";
    const headers = Object.entries(await request.allHeaders().catch(() => ({}) as Record<string, string>))
      .map(([name, value]) => `${name}: ${value}`)
      .join("\n");
    for (const secret of secrets) {
      if (request.url().includes(secret) || url.includes(secret)) leaks.push(`URL of ${request.method()} ${request.url()} carries "${secret}"`);
      if (body.includes(secret)) leaks.push(`body of ${request.method()} ${request.url()} carries "${secret}"`);
      if (headers.includes(secret)) leaks.push(`headers of ${request.method()} ${request.url()} carry "${secret}"`);
    }
  }
  expect(leaks, "requests carrying the member's answers").toEqual([]);
  expect(requests.filter((request) => request.method() !== "GET").map((request) => `${request.method()} ${request.url()}`)).toEqual([]);

  // Nothing that a browser sends back to a server on its own.
  expect(await page.context().cookies()).toEqual([]);
  expect(problems).toEqual([]);
});
