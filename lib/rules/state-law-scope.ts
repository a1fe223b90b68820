import { getCoverageRule } from "@/content/legal/coverage";
import type { CoverageSource } from "@/lib/schema/options";

/**
 * Coverage that California's second-opinion law does not reach (facts sheet
 * section 1: Medicare, self-funded job plans, fee-for-service Medi-Cal,
 * TRICARE/VA), read from content/legal/coverage.ts: the member is sent to the
 * off-ramp page before going on.
 */
export function isOutsideStateLaw(source: CoverageSource | undefined): boolean {
  return source !== undefined && getCoverageRule(source).scope === "not-covered";
}
