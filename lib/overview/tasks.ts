import type { Completion } from "@/lib/answers/check";
import { canReachPage, firstIncompletePage, firstPageOf } from "@/lib/flow";
import { isoFromDateParts } from "@/lib/dates/date-parts";
import type { NextStepsView } from "@/lib/next-steps";
import { isPast } from "@/lib/next-steps/overdue";
import type { Deadline, DerivedRules } from "@/lib/rules/types";
import { lastOnTimeDay } from "@/lib/rules/when";
import type { RouteKey } from "@/lib/routes";
import type { OverviewTaskId } from "./ids";
import { hasAnswersIn, type RequestSection, type SecondOpinionRequest } from "@/lib/steps/request";

// The start page for a member coming back: the four steps and "if the plan
// says no", each with a status (GOV.UK's "complete multiple tasks" pattern),
// and the next date that matters.

export type TaskStatus = "completed" | "in-progress" | "not-started" | "cannot-start" | "overdue" | "not-needed";
/** `route` is where the task's link goes; a task that cannot start yet has none. */
export type OverviewTask = { id: OverviewTaskId; status: TaskStatus; route?: RouteKey };

/** What the rules work out for the answers: undefined until they have loaded. */
export type Derived = { rules: DerivedRules; view: NextStepsView } | undefined;

export type NextDate =
  | { kind: "decisionDue" | "grievanceAnswerDue" | "imrApplyBy"; deadline: Deadline }
  /** The plan is late: even the latest date (or its own written date) has passed. */
  | { kind: "decisionLate"; deadline: Deadline };

const sectionsOf: Record<Exclude<OverviewTaskId, "ifDenied">, RequestSection[]> = {
  yourPlan: ["coverage", "plan", "aboutYou"],
  doctor: ["doctor"],
  memberServices: ["memberServices"],
  submit: ["submit"],
  decision: ["decision"],
};

/** Where a task's link goes: the first page with a missing answer in it, or its first page once it is complete. */
function taskRoute(sections: RequestSection[], request: SecondOpinionRequest, completed: Completion): RouteKey {
  const first = firstIncompletePage(request, completed);
  return first && sections.includes(first.step) ? first.route : firstPageOf(sections[0] as RequestSection).route;
}

function answersTask(id: keyof typeof sectionsOf, request: SecondOpinionRequest, completed: Completion): OverviewTask {
  const sections = sectionsOf[id];
  const route = taskRoute(sections, request, completed);
  if (sections.every((section) => completed.has(section))) return { id, status: "completed", route };
  if (!canReachPage(firstPageOf(sections[0] as RequestSection), request, completed)) return { id, status: "cannot-start" };
  const started = sections.some((section) => hasAnswersIn(request, section));
  return { id, status: started ? "in-progress" : "not-started", route };
}

/**
 * Step 4 is complete only with the plan's answer (approved or denied). Once the
 * request is sent, the member is waiting: in progress, or overdue when even the
 * latest date (or the plan's own written date) has passed.
 */
function decisionTask(request: SecondOpinionRequest, completed: Completion, derived: Derived): OverviewTask {
  const task = answersTask("decision", request, completed);
  if (task.status === "cannot-start") return task;
  if (derived?.view.overdue) return { ...task, status: "overdue" };
  const { outcome } = request.decision;
  return { ...task, status: outcome === "approved" || outcome === "denied" ? "completed" : "in-progress" };
}

/** The grievance and the regulator: open once the plan says no, or is late. */
function ifDeniedTask(request: SecondOpinionRequest, derived: Derived, now: Date): OverviewTask {
  const id = "ifDenied";
  if (request.decision.outcome === "approved") return { id, status: "not-needed" };
  const steps = derived?.view.steps;
  if (steps?.kind !== "denied" && steps?.kind !== "no-answer") return { id, status: "cannot-start" };
  const route = "nextSteps";
  if (isoFromDateParts(request.decision.grievanceDecisionDate)) return { id, status: "completed", route };
  if (!isoFromDateParts(request.decision.grievanceFiledDate)) return { id, status: "not-started", route };
  const answerDue = steps.grievance.answerDue;
  const late = answerDue && isPast(lastOnTimeDay(answerDue), answerDue.latest ? undefined : answerDue.time, now);
  return { id, status: late ? "overdue" : "in-progress", route };
}

/** Each task's status, in the order the member takes them. */
export function overviewTasks(request: SecondOpinionRequest, completed: Completion, derived: Derived, now: Date): OverviewTask[] {
  return [
    answersTask("yourPlan", request, completed),
    answersTask("doctor", request, completed),
    answersTask("memberServices", request, completed),
    answersTask("submit", request, completed),
    decisionTask(request, completed, derived),
    ifDeniedTask(request, derived, now),
  ];
}

/**
 * The next date that matters to the member, if any: the plan's decision, its
 * answer to the grievance, or, once it has answered, the last day to ask for
 * an Independent Medical Review. A late plan shows the date it was late after.
 */
export function nextDate(request: SecondOpinionRequest, completed: Completion, derived: Derived): NextDate | undefined {
  if (!derived) return undefined;
  const { steps, overdue } = derived.view;
  const decisionDue = derived.rules.deadlines.decisionDue;
  switch (steps.kind) {
    case "none":
      // Sent, and nothing recorded on Step 4 yet.
      return completed.has("submit") && decisionDue ? { kind: "decisionDue", deadline: decisionDue } : undefined;
    case "waiting":
    case "more-info":
      return steps.decisionDue ? { kind: "decisionDue", deadline: steps.decisionDue } : undefined;
    case "not-late-yet":
      return { kind: "decisionDue", deadline: steps.decisionDue };
    case "denied":
    case "no-answer":
      if (isoFromDateParts(request.decision.grievanceDecisionDate)) return steps.imr?.applyBy && { kind: "imrApplyBy", deadline: steps.imr.applyBy };
      if (steps.grievance.answerDue) return { kind: "grievanceAnswerDue", deadline: steps.grievance.answerDue };
      return overdue ? { kind: "decisionLate", deadline: overdue.due } : undefined;
    default:
      return undefined;
  }
}
