import type { NextSteps } from "@/lib/next-steps";

/**
 * Step 4 offers the regulator-form answers with the grievance and regulator
 * steps: after a denial, when the plan did not answer in time (a grievance
 * without an answer included), and at once when urgent (those steps say the
 * member may go to the regulator right away). Never for off-ramped coverage.
 */
export const offersRegulatorForm = (steps: NextSteps): boolean => steps.kind === "denied" || steps.kind === "no-answer";
