import type * as z from "zod/mini";
import type { RequestSection, SecondOpinionRequest } from "@/lib/schema/request";
import {
  aboutYouStepSchema,
  coverageStepSchema,
  decisionStepSchema,
  doctorStepSchema,
  memberServicesStepSchema,
  planStepSchema,
  submitStepSchema,
} from "@/lib/schema/steps";
import { isOutsideStateLaw } from "@/lib/rules/state-law-scope";

export const REVIEW_PATH = "/request/review";
export const NOT_COVERED_PATH = "/request/not-covered";
export const DOCUMENTS_PATH = "/request/documents";

type StepBase = {
  id: RequestSection;
  /** One route per step, under /request/. */
  path: string;
  /** The page heading and the step indicator's words. */
  title: string;
  /** Numbered steps are the four of the journey; the rest come "before you start". */
  number?: 1 | 2 | 3 | 4;
  schema: z.ZodMiniType;
};

export type StepDefinition = StepBase & {
  isComplete: (request: SecondOpinionRequest) => boolean;
};

const validates = (step: StepBase) => (request: SecondOpinionRequest) =>
  step.schema.safeParse(request[step.id]).success;

function defineStep(step: StepBase & { extraCheck?: (request: SecondOpinionRequest) => boolean }): StepDefinition {
  const schemaAccepts = validates(step);
  return {
    ...step,
    isComplete: (request) => schemaAccepts(request) && (step.extraCheck?.(request) ?? true),
  };
}

/** THE step config: order, routes, titles, schemas and completeness. */
export const steps: readonly StepDefinition[] = [
  defineStep({
    id: "coverage",
    path: "/request/coverage",
    title: "How you get your health coverage",
    schema: coverageStepSchema,
    // Off-ramped coverage is complete only once the member chose to go on anyway.
    extraCheck: (request) =>
      !isOutsideStateLaw(request.coverage.source) || request.coverage.continueWithoutStateLaw === true,
  }),
  defineStep({ id: "plan", path: "/request/plan", title: "Your plan", schema: planStepSchema }),
  defineStep({ id: "aboutYou", path: "/request/about-you", title: "About you", schema: aboutYouStepSchema }),
  defineStep({ id: "doctor", path: "/request/doctor", title: "Talk to your doctor", number: 1, schema: doctorStepSchema }),
  defineStep({
    id: "memberServices",
    path: "/request/member-services",
    title: "Contact member services",
    number: 2,
    schema: memberServicesStepSchema,
  }),
  defineStep({ id: "submit", path: "/request/submit", title: "Submit your request", number: 3, schema: submitStepSchema }),
  defineStep({ id: "decision", path: "/request/decision", title: "Await the decision", number: 4, schema: decisionStepSchema }),
];

export const NUMBERED_STEP_COUNT = steps.filter((step) => step.number !== undefined).length;

export function getStep(id: RequestSection): StepDefinition {
  const step = steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`Unknown step ${id}`);
  return step;
}

export function stepIndex(id: RequestSection): number {
  return steps.findIndex((step) => step.id === id);
}

/** The first step not yet complete, or undefined when all are. */
export function firstIncompleteStep(request: SecondOpinionRequest): StepDefinition | undefined {
  return steps.find((step) => !step.isComplete(request));
}

/** A step is reachable when every step before it is complete. */
export function canReachStep(id: RequestSection, request: SecondOpinionRequest): boolean {
  return steps.slice(0, stepIndex(id)).every((step) => step.isComplete(request));
}

export function canReachReview(request: SecondOpinionRequest): boolean {
  return firstIncompleteStep(request) === undefined;
}

/** Where a member who may not see `path` yet is sent: the first unfinished step. */
export function resumePath(request: SecondOpinionRequest): string {
  return firstIncompleteStep(request)?.path ?? REVIEW_PATH;
}

/** Where Continue goes from a step whose answers are valid. */
export function nextPath(id: RequestSection, request: SecondOpinionRequest): string {
  if (id === "coverage" && isOutsideStateLaw(request.coverage.source) && !request.coverage.continueWithoutStateLaw) {
    return NOT_COVERED_PATH;
  }
  const following = steps[stepIndex(id) + 1];
  return following?.path ?? REVIEW_PATH;
}

/** Where Back goes from a step; the first step goes back to the start page. */
export function previousPath(id: RequestSection): string {
  const index = stepIndex(id);
  return index > 0 ? (steps[index - 1]?.path ?? "/") : "/";
}

export type StepStatus = "completed" | "current" | "not-started";

export function stepStatus(step: StepDefinition, currentId: RequestSection | undefined, request: SecondOpinionRequest): StepStatus {
  if (step.id === currentId) return "current";
  return step.isComplete(request) ? "completed" : "not-started";
}

/** "Step 2 of 4: Contact member services", or "Before you start: Your plan". */
export function stepHeadingPrefix(step: StepDefinition): string {
  return step.number !== undefined ? `Step ${step.number} of ${NUMBERED_STEP_COUNT}` : "Before you start";
}
