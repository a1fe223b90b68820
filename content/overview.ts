import type { NextDate, TaskStatus } from "@/lib/overview/tasks";
import type { OverviewTaskId } from "@/lib/overview/ids";

/** The start page for a member who comes back: their request so far, step by step. "{when}" is a date as the rules word it. */
export const overviewText = {
  heading: "Your request so far",
  lead: "Your answers are saved on this device.",
  loading: "Loading your answers…",
  tasks: {
    yourPlan: "Your plan and you",
    doctor: "Step 1: Talk to your doctor",
    memberServices: "Step 2: Contact member services",
    submit: "Step 3: Submit your request",
    decision: "Step 4: Await the decision",
    ifDenied: "If the plan says no",
  } satisfies Record<OverviewTaskId, string>,
  status: {
    completed: "Completed",
    "in-progress": "In progress",
    "not-started": "Not started",
    "cannot-start": "Cannot start yet",
    overdue: "Overdue",
    "not-needed": "Not needed",
  } satisfies Record<TaskStatus, string>,
  nextHeading: "Next date",
  next: {
    decisionDue: "The plan should decide {when}.",
    decisionLate: "At the latest, the plan should have decided on {when}. It is late: see what to do next on Step 4.",
    grievanceAnswerDue: "The plan should answer your grievance {when}.",
    imrApplyBy: "Send your Independent Medical Review or complaint form by about {when}. Do not wait until the last day.",
  } satisfies Record<NextDate["kind"], string>,
  carryOn: "Continue where you left off",
  review: "check your answers",
} as const;
