import type { CoverageSource } from "@/lib/steps/options";
import { coverageScope } from "./coverage-scope";
import type { CoverageRule, OffRampContent } from "./schemas";

// Section 1 of the facts sheet: for each way a member gets coverage, whether
// California's second-opinion law applies (its scope, from coverage-scope.ts),
// and where to go when it does not.

export type { CoverageRule, OffRampContent };

/** Said on the off-ramps where a plan decides (self-funded, Medicare Advantage, TRICARE/VA): the letter still works as a general request. */
export const generalRequest = {
  text: "You can still use this tool to write a general request to your plan. The letter will not name a California law.",
  sourceId: "practice",
} as const;

export const coverageRules: readonly CoverageRule[] = [
    {
      id: "job-insured",
      scope: coverageScope["job-insured"],
      note: {
        text: "A job plan bought from a health plan or insurance company: the rules depend on who licenses it, DMHC or CDI.",
        sourceId: "hsc-1383.15",
        parallelSourceId: "ins-10123.68",
      },
    },
    {
      id: "job-self-funded",
      scope: coverageScope["job-self-funded"],
      offRamp: {
        title: "Self-funded job plans follow federal rules",
        summary: {
          text: "Your employer may pay the claims itself. This is called a “self-funded” or ERISA plan. Then California’s second-opinion law does not apply. Federal rules do.",
          sourceId: "cfr-29-2560.503-1",
        },
        whereToGo: [
          {
            text: "Ask your plan to approve the second opinion before you get it. Under federal rules, the plan must generally decide within 15 days.",
            sourceId: "cfr-29-2560.503-1",
          },
          {
            text: "If waiting could seriously harm your health, ask for an urgent decision. The plan must decide within 72 hours.",
            sourceId: "cfr-29-2560.503-1-urgent",
          },
          {
            text: "If the plan says no, appeal to the plan first. If it still says no to care your doctor says you need, you can generally ask for an outside review by independent doctors. Older “grandfathered” plans may not have to offer it.",
            sourceId: "cfr-29-2590.715-2719",
          },
          {
            text: "The U.S. Department of Labor oversees these plans and can help. It does not oversee government or church plans: ask your plan who does.",
            sourceId: "dol-ebsa",
          },
          { text: "Your plan’s member services or your employer’s benefits office can tell you how to ask for a second opinion and how to appeal.", sourceId: "practice" },
        ],
        generalRequest: true,
        agencies: [],
        contactIds: ["dol-ebsa"],
      },
    },
    {
      id: "job-not-sure",
      scope: coverageScope["job-not-sure"],
      mayBeFederal: true,
      note: {
        text: "Your employer may pay the claims itself (a “self-funded” plan). Then California’s second-opinion law does not apply, and federal rules set the times: generally 15 days, or 72 hours when urgent. If the plan is bought from a health plan or insurer, the state law generally does apply. Your employer’s benefits office can tell you which.",
        sourceId: "cfr-29-2560.503-1",
      },
    },
    {
      id: "individual",
      scope: coverageScope["individual"],
      note: {
        text: "A plan you buy yourself: the rules depend on who licenses it, DMHC or CDI.",
        sourceId: "hsc-1383.15",
        parallelSourceId: "ins-10123.68",
      },
    },
    {
      id: "covered-california",
      scope: coverageScope["covered-california"],
      note: {
        text: "Most Covered California plans are licensed by DMHC. Others are insurance policies regulated by CDI. The rules depend on which one licenses your plan.",
        sourceId: "hsc-1383.15",
        parallelSourceId: "ins-10123.68",
      },
    },
    {
      id: "medi-cal-managed-care",
      scope: coverageScope["medi-cal-managed-care"],
      mediCal: true,
      note: {
        text: "Most Medi-Cal managed care plans are licensed by DMHC, so California’s second-opinion law mostly applies.",
        sourceId: "hsc-1383.15",
      },
    },
    {
      id: "medi-cal-fee-for-service",
      scope: coverageScope["medi-cal-fee-for-service"],
      offRamp: {
        title: "Fee-for-service Medi-Cal has no plan approval step",
        summary: {
          text: "Fee-for-service Medi-Cal is Medi-Cal without a health plan. It is not licensed by DMHC, so the California law does not apply.",
          sourceId: "medi-cal-dhcs",
        },
        whereToGo: [
          {
            text: "There is no plan to ask for approval. You can see another doctor who takes Medi-Cal for a second opinion.",
            sourceId: "medi-cal-dhcs",
          },
          { text: "Medi-Cal is run by the California Department of Health Care Services (DHCS). Ask DHCS if you have a problem with your care.", sourceId: "medi-cal-dhcs" },
        ],
        generalRequest: false,
        agencies: ["California Department of Health Care Services (DHCS)"],
        contactIds: [],
      },
    },
    {
      id: "original-medicare",
      scope: coverageScope["original-medicare"],
      offRamp: {
        title: "Original Medicare needs no approval",
        summary: {
          text: "With Original Medicare (Part B), you do not need a referral or an approval for a second opinion. Federal Medicare rules apply, not the California law.",
          sourceId: "medicare-second-opinion",
        },
        whereToGo: [
          {
            text: "Part B covers a second opinion when a doctor says you need surgery that is not an emergency, or a major test or treatment. If the first two opinions differ, it covers a third.",
            sourceId: "medicare-second-opinion",
          },
          {
            text: "You generally pay 20% of the Medicare-approved amount, after the Part B deductible. The doctor must accept Medicare.",
            sourceId: "medicare-second-opinion",
          },
          {
            text: "Medicare does not cover a second opinion for care it does not cover, such as cosmetic surgery.",
            sourceId: "medicare-second-opinion",
          },
          { text: "For free help with Medicare, call HICAP, California’s Medicare counseling program.", sourceId: "hicap" },
        ],
        generalRequest: false,
        agencies: [],
        contactIds: ["medicare", "hicap"],
      },
    },
    {
      id: "medicare-advantage",
      scope: coverageScope["medicare-advantage"],
      offRamp: {
        title: "Medicare Advantage plans follow federal rules",
        summary: {
          text: "Medicare Advantage plans follow federal rules. The California law does not apply.",
          sourceId: "medicare-federal",
        },
        whereToGo: [
          {
            text: "Ask your plan to cover the second opinion. This is a decision about what the plan covers. Medicare calls it an “organization determination”. Member services can tell you how to ask.",
            sourceId: "medicare-federal",
          },
          {
            text: "If waiting could seriously harm your health, ask for a fast decision. The plan must then decide within 72 hours.",
            sourceId: "cfr-42-422.572",
          },
          { text: "For free help with Medicare, call HICAP, California’s Medicare counseling program.", sourceId: "hicap" },
        ],
        generalRequest: true,
        agencies: [],
        contactIds: ["medicare", "hicap"],
      },
    },
    {
      id: "tricare-va",
      scope: coverageScope["tricare-va"],
      offRamp: {
        title: "TRICARE and VA care follow federal rules",
        summary: {
          text: "TRICARE and VA health care follow federal rules, not California’s second-opinion law.",
          sourceId: "tricare-va-federal",
        },
        whereToGo: [
          {
            text: "TRICARE is run by the U.S. Department of Defense, and VA care by the U.S. Department of Veterans Affairs. Ask them how to get a second opinion.",
            sourceId: "tricare-va-federal",
          },
        ],
        generalRequest: true,
        agencies: ["U.S. Department of Defense (TRICARE)", "U.S. Department of Veterans Affairs (VA)"],
        contactIds: [],
      },
    },
    {
      id: "other",
      scope: coverageScope["other"],
      note: {
        text: "We can’t tell from this answer whether California’s second-opinion law applies. It depends on who licenses your plan: check your Evidence of Coverage.",
        sourceId: "hsc-1368.02",
        parallelSourceId: "ins-10169",
      },
    },
  ];

export function getCoverageRule(id: CoverageSource): CoverageRule {
  const rule = coverageRules.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`No coverage rule for ${id}`);
  return rule;
}

