import { coverageScope } from "@/content/legal/coverage-scope";
import type { CoverageSource } from "@/lib/steps/options";

/**
 * Coverage that California's second-opinion law does not reach (facts sheet
 * section 1: Medicare, self-funded job plans, fee-for-service Medi-Cal,
 * TRICARE/VA): the member is sent to the off-ramp page before going on.
 */
export function isOutsideStateLaw(source: CoverageSource | undefined): boolean {
  return source !== undefined && coverageScope[source] === "not-covered";
}
