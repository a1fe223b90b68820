import type { CoverageSource } from "@/lib/schema/options";

/**
 * Coverage that California's second-opinion law does not reach (facts sheet
 * section 1): the member is sent to the off-ramp page before going on.
 */
const outsideStateLaw: ReadonlySet<CoverageSource> = new Set([
  "medicare",
  "job-self-funded",
  "medi-cal-fee-for-service",
  "tricare-va",
]);

export function isOutsideStateLaw(source: CoverageSource | undefined): boolean {
  return source !== undefined && outsideStateLaw.has(source);
}
