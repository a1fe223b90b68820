import type { RegulatorContent, Statement } from "./schemas";

// Section 1 (how to tell DMHC from CDI) and section 2 (who gives the opinion)
// of the facts sheet, per regulator. The regulator follows the company's
// licence, not the HMO/PPO label: never choose one from the label, except the
// labelled assumption that HMOs are always licensed by DMHC.

export const regulators: readonly RegulatorContent[] = [
  {
    id: "dmhc",
    name: "California Department of Managed Health Care",
    shortName: "DMHC",
    statuteSourceId: "hsc-1383.15",
    grievanceSourceId: "hsc-1368.01",
    lawApplies: {
      text: "California’s second-opinion law applies to your plan.",
      sourceId: "hsc-1383.15",
    },
    whoMayGiveOpinion: [
      {
        text: "If your question is about care from your primary care doctor, you can generally choose a qualified doctor in the same medical group (or IPA).",
        sourceId: "hsc-1383.15",
      },
      {
        text: "If your question is about care from a specialist, you can generally choose a doctor of the same or a similar specialty from any medical group in your plan’s network.",
        sourceId: "hsc-1383.15",
      },
    ],
    howToTell: {
      text: "Your Evidence of Coverage, denial letters and grievance answers must print a notice that names the Department of Managed Health Care (DMHC).",
      sourceId: "hsc-1368.02",
    },
    contactIds: ["dmhc-help-center"],
  },
  {
    id: "cdi",
    name: "California Department of Insurance",
    shortName: "CDI",
    statuteSourceId: "ins-10123.68",
    grievanceSourceId: "ins-10123.68",
    lawApplies: {
      text: "The law applies if your policy puts limits on second opinions. It does not apply to policies that pay only for accidents, only for one disease, or a fixed amount for hospital stays.",
      sourceId: "ins-10123.68",
    },
    whoMayGiveOpinion: [
      {
        text: "You can choose any qualified doctor who has a contract with your insurer. There is no same-medical-group limit.",
        sourceId: "ins-10123.68",
      },
      {
        text: "Your policy may limit second opinions to its network. Then, for a question about a specialist’s care, you can choose a specialist of the same or a similar kind in the network.",
        sourceId: "ins-10123.68",
      },
    ],
    howToTell: {
      text: "Your Evidence of Coverage, denial letters and grievance answers must print a notice about the California Department of Insurance (CDI). It gives CDI’s phone number, 1-800-927-4357, and website, www.insurance.ca.gov.",
      sourceId: "ins-10169",
    },
    contactIds: ["cdi-hotline"],
  },
];

export function getRegulator(id: "dmhc" | "cdi"): RegulatorContent {
  const regulator = regulators.find((candidate) => candidate.id === id);
  if (!regulator) throw new Error(`Unknown regulator ${id}`);
  return regulator;
}

/** The rule shared by DMHC and CDI, for a member who does not know the regulator yet. */
export const sharedWhoMayGiveOpinion: readonly Statement[] = [
  {
    text: "The plan must provide or approve a second opinion from a qualified health professional. This is a primary care doctor or a specialist with training and experience in your illness or condition.",
    sourceId: "hsc-1383.15",
    parallelSourceId: "ins-10123.68",
  },
  {
    text: "You choose the doctor. A list from the plan is common, but it is not a legal right, and you do not have to pick from it.",
    sourceId: "practice",
  },
];

/** Out of network and cost: the same rule for DMHC plans and CDI policies. */
export const outOfNetworkRule: readonly Statement[] = [
  {
    text: "If no doctor in your plan’s network is appropriately qualified, the plan must approve a second opinion from a doctor outside the network. It must take into account how far you are able to travel.",
    sourceId: "ins-10123.68",
    parallelSourceId: "hsc-1383.15",
  },
  {
    text: "The second opinion is covered by your plan. You pay your usual copay, the same as for a similar referral.",
    sourceId: "ins-10123.68",
    parallelSourceId: "hsc-1383.15",
  },
];

/** The regulator finder (/request/regulator): how to find out who regulates a plan. */
export const regulatorFinder = {
  assumption: {
    text: "HMOs are always licensed by DMHC. If your plan is an HMO, DMHC regulates it.",
    sourceId: "hsc-1383.15",
  },
  checks: [
    {
      text: "Look in your Evidence of Coverage (the plan booklet), a denial letter or a grievance answer. DMHC plans must print a notice about the Department of Managed Health Care.",
      sourceId: "hsc-1368.02",
    },
    {
      text: "Insurance policies regulated by CDI must print a notice with CDI’s phone number, 1-800-927-4357, and website, www.insurance.ca.gov.",
      sourceId: "ins-10169",
    },
    {
      text: "Or call either office: if your plan is not theirs, they will tell you who to call.",
      sourceId: "practice",
    },
  ],
  labelWarning: {
    text: "“PPO” on your card does not tell you the regulator. Many PPO, EPO and POS plans are licensed by DMHC, and others are insurance policies regulated by CDI.",
    sourceId: "hsc-1383.15",
    parallelSourceId: "ins-10123.68",
  },
  contactIds: ["dmhc-help-center", "cdi-hotline"],
};

/** What the rules say about the member's answers themselves, when they leave the law open. */
export const planNotes = {
  unknownCoverage: {
    text: "Tell us how you get your health coverage, and we can tell you whether California’s second-opinion law applies.",
    sourceId: "hsc-1383.15",
    parallelSourceId: "ins-10123.68",
  },
  regulatorAssumed: "You said you are not sure who regulates your plan.",
  regulatorUnknown: "You said you are not sure who regulates your plan. The rules depend on it, so please find out: it takes a few minutes.",
  notOverseen: "California’s health plan regulators (DMHC and CDI) do not oversee this kind of coverage.",
};
