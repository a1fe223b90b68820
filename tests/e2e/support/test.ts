import { test as base, expect, type Page } from "@playwright/test";

/**
 * "Today" for every e2e test: Monday, December 21, 2026, 10:00 in California.
 * The journey's dates (call on Dec 15, request sent Dec 17 and received Dec 18)
 * must not be in the future, whatever day the suite runs on.
 */
const FIXED_NOW = new Date("2026-12-21T10:00:00-08:00");

/** The script every worker starts from (Turbopack's worker bootstrap). */
export const WORKER_SCRIPT = "**/_next/static/chunks/turbopack-worker-*.js";

/**
 * Playwright's clock does not reach workers, and the worker that checks the
 * saved answers judges dates against today too: its script starts with the
 * same fixed "today" as the page.
 */
async function fixWorkerClock(page: Page, now: Date) {
  const fixedClock = `(() => {
  const now = ${now.getTime()};
  const RealDate = Date;
  self.Date = class extends RealDate {
    constructor(...args) { super(...(args.length ? args : [now])); }
    static now() { return now; }
  };
})();
`;
  await page.route(WORKER_SCRIPT, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: fixedClock + (await response.text()) });
  });
}

export const test = base.extend<{ now: Date }>({
  /** "Today" for the page and its worker; a test may choose another with `test.use({ now })`. */
  now: [FIXED_NOW, { option: true }],
  page: async ({ page, now }, provide) => {
    await page.clock.setFixedTime(now);
    await fixWorkerClock(page, now);
    await provide(page);
  },
});

export { expect };
