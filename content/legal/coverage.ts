import type { CoverageSource } from "@/lib/schema/options";
import type { CoverageRule, OffRampContent } from "./schemas";

// Section 1 of the facts sheet: for each way a member gets coverage, whether
// California's second-opinion law applies, and where to go when it does not.
//   by-licence:   it depends on who licenses the plan (DMHC: applies; CDI: applies if the policy limits second opinions)
//   not-covered:  it does not apply (federal rules or DHCS): the off-ramp page
//   unsure:       we cannot tell from this answer (for example a job plan that may be self-funded)

export type { CoverageRule, OffRampContent };

/** Said on every off-ramp: the letter still works as a general request. */
export const generalRequest = {
  text: "You can still use this tool to write a general request to your plan. The letter will not name a California law.",
  sourceId: "practice",
} as const;

export const coverageRules: readonly CoverageRule[] = [
    {
      id: "job-insured",
      scope: "by-licence",
      note: {
        text: "A job plan bought from a health plan or insurance company: the rules depend on who licenses it, DMHC or CDI.",
        sourceId: "hsc-1383.15",
      },
    },
    {
      id: "job-self-funded",
      scope: "not-covered",
      offRamp: {
        title: "Self-funded job plans follow federal rules",
        summary: {
          text: "When your employer pays the claims itself (a “self-funded” or ERISA plan), California’s second-opinion law does not apply. Federal rules do.",
          sourceId: "cfr-29-2560.503-1",
        },
        whereToGo: [
          {
            text: "Under federal rules, the plan generally must decide on a request for care before you get it (a “pre-service claim”) within 15 days.",
            sourceId: "cfr-29-2560.503-1",
          },
          { text: "The U.S. Department of Labor oversees these plans.", sourceId: "cfr-29-2560.503-1" },
          { text: "Your plan’s member services or your employer’s benefits office can tell you how to ask for a second opinion and how to appeal.", sourceId: "practice" },
          generalRequest,
        ],
        agencies: ["U.S. Department of Labor"],
        contactIds: [],
      },
    },
    {
      id: "job-not-sure",
      scope: "unsure",
      note: {
        text: "If your employer pays the claims itself (a “self-funded” plan), California’s second-opinion law does not apply. If the plan is bought from a health plan or insurer, it generally does. Your employer’s benefits office can tell you which.",
        sourceId: "cfr-29-2560.503-1",
      },
    },
    {
      id: "individual",
      scope: "by-licence",
      note: {
        text: "A plan you buy yourself: the rules depend on who licenses it, DMHC or CDI.",
        sourceId: "hsc-1383.15",
      },
    },
    {
      id: "covered-california",
      scope: "by-licence",
      note: {
        text: "Covered California plans are sold by DMHC-licensed health plans (most of them) or by CDI-regulated insurers. The rules depend on which one licenses your plan.",
        sourceId: "hsc-1383.15",
      },
    },
    {
      id: "medi-cal-managed-care",
      scope: "by-licence",
      note: {
        text: "Most Medi-Cal managed care plans are licensed by DMHC, so California’s second-opinion law mostly applies.",
        sourceId: "hsc-1383.15",
      },
      extraEscalation: [
        {
          text: "Medi-Cal also has its own appeal track: appeal to your plan within 60 days, then ask for a State Hearing within 120 days of the plan’s decision.",
          sourceId: "medi-cal-dhcs",
        },
      ],
    },
    {
      id: "medi-cal-fee-for-service",
      scope: "not-covered",
      offRamp: {
        title: "Fee-for-service Medi-Cal is not covered by this law",
        summary: {
          text: "Fee-for-service Medi-Cal (Medi-Cal without a managed care plan) is not a DMHC-licensed plan, so California’s second-opinion law does not apply.",
          sourceId: "medi-cal-dhcs",
        },
        whereToGo: [
          { text: "Medi-Cal is run by the California Department of Health Care Services (DHCS). Ask your doctor or DHCS how to get a second opinion.", sourceId: "medi-cal-dhcs" },
          generalRequest,
        ],
        agencies: ["California Department of Health Care Services (DHCS)"],
        contactIds: [],
      },
    },
    {
      id: "medicare",
      scope: "not-covered",
      offRamp: {
        title: "Medicare plans follow federal rules",
        summary: {
          text: "Medicare and Medicare Advantage plans follow federal rules, not California’s second-opinion law.",
          sourceId: "medicare-federal",
        },
        whereToGo: [
          {
            text: "Under federal Medicare rules, you ask your plan for a coverage decision, called an “organization determination”. Member services can tell you how.",
            sourceId: "medicare-federal",
          },
          { text: "Medicare is run by the federal Centers for Medicare & Medicaid Services (CMS).", sourceId: "medicare-federal" },
          { text: "For free counseling, call HICAP, California’s Medicare counseling program. Please verify the number before you call.", sourceId: "hicap" },
          generalRequest,
        ],
        agencies: ["Centers for Medicare & Medicaid Services (CMS)"],
        contactIds: ["hicap"],
      },
    },
    {
      id: "tricare-va",
      scope: "not-covered",
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
          generalRequest,
        ],
        agencies: ["U.S. Department of Defense (TRICARE)", "U.S. Department of Veterans Affairs (VA)"],
        contactIds: [],
      },
    },
    {
      id: "other",
      scope: "unsure",
      note: {
        text: "We can’t tell from this answer whether California’s second-opinion law applies. It depends on who licenses your plan: check your Evidence of Coverage.",
        sourceId: "hsc-1368.02",
      },
    },
  ];

export function getCoverageRule(id: CoverageSource): CoverageRule {
  const rule = coverageRules.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`No coverage rule for ${id}`);
  return rule;
}

