import { isOffRamped, stepProblems, type Completion } from "@/lib/answers/check";
import { routes, type RouteKey } from "@/lib/routes";
import { getStep, isShown, pages, steps, type Page } from "@/lib/steps";
import type { RequestSection, SecondOpinionRequest } from "@/lib/steps/request";

// The journey through the step declarations (lib/steps): which page comes
// next, which the member may see yet, where to carry on. It drives the step
// indicator, Back and Continue, the guards and "check your answers".

export const NUMBERED_STEP_COUNT = steps.filter((step) => step.number !== undefined).length;

/** A page is asked when it shows something of its own (or only that), or at least one of its questions is asked. */
function isPageShown(page: Page, request: SecondOpinionRequest): boolean {
  const step = getStep(page.step);
  return page.alwaysShown === true || page.questions.length === 0 || page.questions.some((question) => isShown(step, question, request));
}

/** Every question the page asks is answered and right. */
function isPageComplete(page: Page, request: SecondOpinionRequest): boolean {
  return Object.keys(stepProblems(getStep(page.step), request, { only: page.questions })).length === 0;
}

/** The first page with a missing or wrong answer, in order; undefined when every step is complete. */
export function firstIncompletePage(request: SecondOpinionRequest, completed: Completion): Page | undefined {
  const step = steps.find((candidate) => !completed.has(candidate.id));
  if (!step) return undefined;
  const stepPages = pages.filter((page) => page.step === step.id && isPageShown(page, request));
  return stepPages.find((page) => !isPageComplete(page, request)) ?? stepPages[0];
}

/** Where a member carries on: the first page with a missing answer, or "check your answers". */
export function resumeRoute(request: SecondOpinionRequest, completed: Completion): RouteKey {
  return firstIncompletePage(request, completed)?.route ?? "review";
}

/** A page may be seen once every step before it is complete, and every page before it in its own step. */
export function canReachPage(page: Page, request: SecondOpinionRequest, completed: Completion): boolean {
  const stepIndex = steps.findIndex((step) => step.id === page.step);
  if (!steps.slice(0, stepIndex).every((step) => completed.has(step.id))) return false;
  const earlier = pages.slice(0, pages.indexOf(page)).filter((candidate) => candidate.step === page.step);
  return earlier.every((candidate) => !isPageShown(candidate, request) || isPageComplete(candidate, request));
}

export const canReachReview = (completed: Completion) => steps.every((step) => completed.has(step.id));

/**
 * Where Continue goes from a page whose answers are right: the next page
 * asked; the off-ramp when state law does not reach the member's coverage and
 * they have not chosen to go on; "check your answers" after the last.
 */
export function nextRoute(page: Page, request: SecondOpinionRequest): RouteKey {
  if (page.step === "coverage" && isOffRamped(request)) return "notCovered";
  const following = pages.slice(pages.indexOf(page) + 1).find((candidate) => isPageShown(candidate, request));
  return following?.route ?? "review";
}

/** Where Back goes from a page: the page asked before it, or the start page. */
export function previousRoute(page: Page, request: SecondOpinionRequest): RouteKey {
  const earlier = pages.slice(0, pages.indexOf(page)).filter((candidate) => isPageShown(candidate, request));
  return earlier.at(-1)?.route ?? "start";
}

/** The page a route shows, if it is a wizard page. */
export const pageAt = (route: RouteKey): Page | undefined => pages.find((page) => page.route === route);
export const pageAtPath = (path: string): Page | undefined => pages.find((page) => routes[page.route] === path);

/** The first page of a step: where its status in the indicator and "Change" links lead. */
export const firstPageOf = (step: RequestSection): Page => pages.find((page) => page.step === step) as Page;

type StepStatus = "completed" | "current" | "not-started";

export function stepStatus(step: RequestSection, current: RequestSection | undefined, completed: Completion): StepStatus {
  if (step === current) return "current";
  return completed.has(step) ? "completed" : "not-started";
}
