import type { Statement } from "./schemas";

// What a member can do after a denial or no answer, in order, for each
// regulator (facts sheet, sections 3 and 7). lib/rules picks the steps for the
// member's own plan; the "If your request was denied" page shows DMHC's and
// CDI's side by side. Every step cites its own regulator's law.

export type EscalationStepContent = Statement & {
  title: string;
  /** Ids into contacts.ts, in the order to show them. */
  contactIds: readonly string[];
};

type RegulatorSteps = {
  grievance: EscalationStepContent;
  regulatorComplaint: EscalationStepContent;
  imr: EscalationStepContent;
};

export const escalationSteps: { dmhc: RegulatorSteps; cdi: RegulatorSteps; unknown: RegulatorSteps } = {
  dmhc: {
    grievance: {
      title: "File a grievance with your plan",
      text: "A grievance is a formal complaint. The plan must answer within 30 calendar days. If your case is urgent or you are in severe pain, it must answer within 3 days.",
      sourceId: "hsc-1368.01",
      contactIds: [],
    },
    regulatorComplaint: {
      title: "Go to the DMHC Help Center",
      text: "You can go to DMHC as soon as the plan answers your grievance, or after 30 days with no answer. If your case is urgent, you can go right away.",
      sourceId: "hsc-1368.03",
      contactIds: ["dmhc-help-center"],
    },
    imr: {
      title: "Send DMHC its IMR/Complaint form",
      text: "You send one form. DMHC decides if your case gets an Independent Medical Review (IMR) by outside doctors, or is handled as a complaint. Send it even if the plan says the care is not covered. Send it within 6 months of the plan’s written answer to your grievance. Late filing may be allowed for a good reason.",
      sourceId: "hsc-1374.30",
      contactIds: ["dmhc-help-center"],
    },
  },
  cdi: {
    grievance: {
      title: "Appeal to your insurer",
      text: "This is a formal complaint, also called a grievance. The denial letter must tell you how to file it. The insurer generally must decide within 30 days, or within 72 hours if waiting could seriously harm your health.",
      sourceId: "cfr-45-147.136",
      contactIds: [],
    },
    regulatorComplaint: {
      title: "Call the California Department of Insurance",
      text: "The CDI consumer hotline helps with problems with your insurer. You can call at any time, also while your appeal is open.",
      sourceId: "ins-10169",
      contactIds: ["cdi-hotline"],
    },
    imr: {
      title: "Ask CDI for an Independent Medical Review (IMR)",
      text: "If your insurer still says no after your appeal, you can ask CDI for a review by outside doctors. The insurer must send you the form with its decision. Apply within 6 months of the insurer’s written answer to your appeal. Late filing may be allowed for a good reason.",
      sourceId: "ins-10169",
      contactIds: ["cdi-hotline"],
    },
  },
  unknown: {
    grievance: {
      title: "File a grievance with your plan",
      text: "A grievance is a formal complaint. The denial letter must tell you how to file it. Plans must generally answer within 30 days, and much sooner when your case is urgent.",
      sourceId: "hsc-1368.01",
      contactIds: [],
    },
    regulatorComplaint: {
      title: "Contact the state office that regulates your plan",
      text: "For a DMHC plan: as soon as the plan answers your grievance, after 30 days with no answer, or right away if urgent. For a CDI policy: call the CDI consumer hotline at any time. Not sure which? Call either one: they will tell you who to call.",
      sourceId: "hsc-1368.03",
      contactIds: ["dmhc-help-center", "cdi-hotline"],
    },
    imr: {
      title: "Ask for an Independent Medical Review (IMR)",
      text: "The state office can have outside doctors review the plan’s decision. Apply within 6 months of the plan’s written answer to your grievance. Late filing may be allowed for a good reason.",
      sourceId: "hsc-1374.30",
      contactIds: ["dmhc-help-center", "cdi-hotline"],
    },
  },
};

/** Medi-Cal managed care: the grievance step is the plan's "appeal" (facts sheet, section 1). */
export const mediCalAppealStep: EscalationStepContent = {
  title: "Appeal to your plan",
  text: "Medi-Cal calls this an appeal. File it within 60 days of the plan’s notice. The plan must answer within 30 calendar days, or within 3 days if your case is urgent.",
  sourceId: "medi-cal-dhcs",
  contactIds: [],
};

export const freeHelpStep: EscalationStepContent = {
  title: "Get free help",
  text: "The Health Consumer Alliance gives free help with health coverage problems.",
  sourceId: "hca-website",
  contactIds: ["health-consumer-alliance"],
};
