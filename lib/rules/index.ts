import { DISCLAIMER, LAST_REVIEWED } from "@/content/legal";
import { shownAnswers } from "@/lib/answers/shown";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { deriveDeadlines } from "./deadlines";
import { derivePlanRules } from "./plan-rules";
import type { DerivedRules } from "./types";

export type * from "./types";

/**
 * Everything the law says about this member's request, derived (never stored):
 * whether state law applies, the regulator, the statute, contacts, and the
 * deadlines counted from the dates entered. `now` decides each deadline's
 * status (past/today/future) and the "right away" date for urgent cases.
 */
export function deriveRules(answers: SecondOpinionRequest, now: Date = new Date()): DerivedRules {
  // Only the questions the member was asked count: an answer their later answers made moot does not.
  const request = shownAnswers(answers);
  const plan = derivePlanRules(request);
  const urgent = request.submit.urgent === "yes";
  const grievanceUrgent = urgent || request.decision.grievanceUrgent === "yes";
  const { federalSelfFunded, ...rest } = plan;
  return {
    ...rest,
    urgent,
    grievanceUrgent,
    deadlines: deriveDeadlines(request, {
      regulator: plan.regulator,
      urgent,
      grievanceUrgent,
      now,
      federalSelfFunded,
      mayBeFederal: plan.mayBeFederal,
      stateLawApplies: plan.stateLaw !== "does-not-apply",
    }),
    lastReviewed: LAST_REVIEWED,
    disclaimer: DISCLAIMER,
  };
}
