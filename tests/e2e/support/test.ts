import { test as base, expect } from "@playwright/test";

/**
 * "Today" for every e2e test: Monday, December 21, 2026, 10:00 in California.
 * The journey's dates (call on Dec 15, request sent Dec 17 and received Dec 18)
 * must not be in the future, whatever day the suite runs on.
 */
const FIXED_NOW = new Date("2026-12-21T10:00:00-08:00");

export const test = base.extend<{ now: Date }>({
  /** "Today" for the page; a test may choose another with `test.use({ now })`. */
  now: [FIXED_NOW, { option: true }],
  page: async ({ page, now }, provide) => {
    await page.clock.setFixedTime(now);
    await provide(page);
  },
});

export { expect };
