import { steps, type Completion } from "@/lib/flow";
import { isOutsideStateLaw } from "@/lib/rules/state-law-scope";
import type { RequestSection, SecondOpinionRequest } from "@/lib/schema/request";
import { stepSchemas } from "@/lib/schema/steps";

/** State law does not reach the coverage, and the member has not chosen to go on anyway. */
export function isOffRamped(request: SecondOpinionRequest): boolean {
  return isOutsideStateLaw(request.coverage.source) && request.coverage.continueWithoutStateLaw !== true;
}

/** A step is complete when its schema accepts its answers (and an off-ramped member chose to go on). */
export function isStepComplete(id: RequestSection, request: SecondOpinionRequest): boolean {
  if (!stepSchemas[id].safeParse(request[id]).success) return false;
  return id !== "coverage" || !isOffRamped(request);
}

export function completedSteps(request: SecondOpinionRequest): Completion {
  return new Set(steps.filter((step) => isStepComplete(step.id, request)).map((step) => step.id));
}
