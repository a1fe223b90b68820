import type { CoverageSource } from "@/lib/steps/options";

/**
 * Whether California's second-opinion law reaches each way of getting
 * coverage (facts sheet, section 1), on its own so that pages can tell an
 * off-ramped member without loading the coverage content (coverage.ts reads
 * its scopes from here):
 *   by-licence:  it depends on who licenses the plan (DMHC: applies; CDI: applies if the policy limits second opinions)
 *   not-covered: it does not apply (federal rules or DHCS): the off-ramp page
 *   unsure:      we cannot tell from this answer (a job plan that may be self-funded)
 */
export const coverageScope = {
  "job-insured": "by-licence",
  "job-self-funded": "not-covered",
  "job-not-sure": "unsure",
  individual: "by-licence",
  "covered-california": "by-licence",
  "medi-cal-managed-care": "by-licence",
  "medi-cal-fee-for-service": "not-covered",
  "original-medicare": "not-covered",
  "medicare-advantage": "not-covered",
  "tricare-va": "not-covered",
  other: "unsure",
} as const satisfies Record<CoverageSource, "by-licence" | "not-covered" | "unsure">;
