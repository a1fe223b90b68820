// The closed sets of answers. Labels and explanations live in content/;
// these ids are what is stored, so never rename one without a storage migration.

export const coverageSources = [
  "job-insured",
  "job-self-funded",
  "job-not-sure",
  "individual",
  "covered-california",
  "medi-cal-managed-care",
  "medi-cal-fee-for-service",
  "original-medicare",
  "medicare-advantage",
  "tricare-va",
  "other",
] as const;
export type CoverageSource = (typeof coverageSources)[number];

export const planTypes = ["hmo", "ppo", "epo", "pos", "not-sure"] as const;
export type PlanType = (typeof planTypes)[number];

export const regulatorAnswers = ["dmhc", "cdi", "not-sure"] as const;
export type RegulatorAnswer = (typeof regulatorAnswers)[number];

export const yesNo = ["yes", "no"] as const;

export const doctorWillRequestAnswers = ["yes", "no", "did-not-ask"] as const;

export const contactedAnswers = ["yes", "not-yet"] as const;

/** The five reasons listed in HSC §1383.15 / Ins. Code §10123.68, plus "other". */
export const reasonIds = [
  "questions-surgery",
  "serious-condition",
  "unclear-diagnosis",
  "not-improving",
  "concerns-after-trying",
  "other",
] as const;

export const inNetworkAnswers = ["yes", "no", "not-sure"] as const;

/** Records a member can enclose; also the rows of the records checklist. */
export const enclosureIds = [
  "insurance-card",
  "first-opinion-notes",
  "diagnosis-reports",
  "imaging-disc",
  "lab-results",
  "current-medicines",
  "treatment-plan",
  "referral-forms",
  "call-log",
] as const;
export type EnclosureId = (typeof enclosureIds)[number];

export const sentMethods = ["mail", "fax", "portal", "email", "in-person", "not-yet"] as const;
export type SentMethod = (typeof sentMethods)[number];

export const outcomes = ["waiting", "approved", "denied", "more-info", "no-answer"] as const;
export type Outcome = (typeof outcomes)[number];
