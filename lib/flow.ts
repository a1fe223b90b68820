import type { RequestSection } from "@/lib/schema/request";

export const REVIEW_PATH = "/request/review";
export const NOT_COVERED_PATH = "/request/not-covered";
export const DOCUMENTS_PATH = "/request/documents";

type StepDefinition = {
  id: RequestSection;
  /** One route per step, under /request/. */
  path: string;
  /** The page heading and the step indicator's words. */
  title: string;
  /** Numbered steps are the four of the journey; the rest come "before you start". */
  number?: 1 | 2 | 3 | 4;
};

/**
 * THE step config: order, routes and titles. Each step's schema lives in
 * lib/schema/steps (keyed by the same id) and decides when it is complete;
 * see lib/step-completion.ts. Everything here is plain data so the step
 * indicator and guards cost almost nothing on first load.
 */
export const steps: readonly StepDefinition[] = [
  { id: "coverage", path: "/request/coverage", title: "How you get your health coverage" },
  { id: "plan", path: "/request/plan", title: "Your plan" },
  { id: "aboutYou", path: "/request/about-you", title: "About you" },
  { id: "doctor", path: "/request/doctor", title: "Talk to your doctor", number: 1 },
  { id: "memberServices", path: "/request/member-services", title: "Contact member services", number: 2 },
  { id: "submit", path: "/request/submit", title: "Submit your request", number: 3 },
  { id: "decision", path: "/request/decision", title: "Await the decision", number: 4 },
];

/** The steps whose answers are complete. */
export type Completion = ReadonlySet<RequestSection>;

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
export function firstIncompleteStep(completed: Completion): StepDefinition | undefined {
  return steps.find((step) => !completed.has(step.id));
}

/** A step is reachable when every step before it is complete. */
export function canReachStep(id: RequestSection, completed: Completion): boolean {
  return steps.slice(0, stepIndex(id)).every((step) => completed.has(step.id));
}

export function canReachReview(completed: Completion): boolean {
  return firstIncompleteStep(completed) === undefined;
}

/** Where a member who may not see a page yet is sent: the first unfinished step. */
export function resumePath(completed: Completion): string {
  return firstIncompleteStep(completed)?.path ?? REVIEW_PATH;
}

/**
 * Where Continue goes from a step whose answers are valid. `offRamped`: state
 * law does not reach the member's coverage and they have not chosen to go on.
 */
export function nextPath(id: RequestSection, { offRamped }: { offRamped: boolean }): string {
  if (id === "coverage" && offRamped) return NOT_COVERED_PATH;
  const following = steps[stepIndex(id) + 1];
  return following?.path ?? REVIEW_PATH;
}

/** Where Back goes from a step; the first step goes back to the start page. */
export function previousPath(id: RequestSection): string {
  const index = stepIndex(id);
  return index > 0 ? (steps[index - 1]?.path ?? "/") : "/";
}

export type StepStatus = "completed" | "current" | "not-started";

export function stepStatus(step: StepDefinition, currentId: RequestSection | undefined, completed: Completion): StepStatus {
  if (step.id === currentId) return "current";
  return completed.has(step.id) ? "completed" : "not-started";
}

/** "Step 2 of 4", or "Before you start". */
export function stepHeadingPrefix(step: StepDefinition): string {
  return step.number !== undefined ? `Step ${step.number} of ${NUMBERED_STEP_COUNT}` : "Before you start";
}
