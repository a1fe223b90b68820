// The browser's clock, started on the fixture's "today" (FIXTURE_NOW), for the
// bench scripts: the seeded answers' dates must not lie in the future, or the
// pages show errors and the review page redirects. The clock keeps running
// from there (Lighthouse's CPU benchmark times a loop with Date.now, so a
// fixed clock would never end it).
import { FIXTURE_NOW } from "./requests.mjs";

/** Pass to `browser.addInitScript` or `context.addInitScript` with `fixtureClockOffset()`. */
export function startOnFixtureDay(offsetMs) {
  const RealDate = Date;
  const now = () => RealDate.now() + offsetMs;
  function FixtureDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return args.length ? new RealDate(...args) : new RealDate(now());
  }
  FixtureDate.prototype = RealDate.prototype;
  Object.assign(FixtureDate, { now, parse: RealDate.parse, UTC: RealDate.UTC });
  globalThis.Date = FixtureDate;
}

/** How far the fixture's "today" is from the real one, at the time of the call. */
export function fixtureClockOffset() {
  return FIXTURE_NOW.getTime() - Date.now();
}
