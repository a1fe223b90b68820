import * as legal from "@/content/legal";
import { escalationSteps, freeHelpStep, mediCalAppealStep } from "@/content/legal/escalation";
import { mediCalTrack } from "@/content/legal/medi-cal";
import { citationFor, contactFor, sourced, sourcedFor, allSources } from "./citations";
import { planRulesFrom } from "./plan-rules-from";

export { escalationFrom, planRulesFrom, type EscalationContent, type PlanContent } from "./plan-rules-from";

/** Everything that follows from the plan answers (coverage, plan type, regulator), in English. */
export const derivePlanRules = planRulesFrom(
  { ...legal, escalationSteps, freeHelpStep, mediCalAppealStep, mediCalTrack },
  { citationFor, contactFor, sourced, sourcedFor, allSources },
);
