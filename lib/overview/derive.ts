import type { Completion } from "@/lib/answers/check";
import { formatLongDate } from "@/lib/dates/format";
import { deriveNextSteps } from "@/lib/next-steps";
import { deriveRules } from "@/lib/rules";
import { lastOnTimeDay, whenDue } from "@/lib/rules/when";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { nextDate, overviewTasks, type NextDate, type OverviewTask } from "./tasks";

// Loaded with import() by the start page's overview: the rules and the legal
// content stay out of the start page's first-load JavaScript.

export type Overview = { tasks: OverviewTask[]; next?: { kind: NextDate["kind"]; when: string } };

/** A day the words say "by about" or "at the latest" of: the date alone; a date the plan should act on: as the rules word it. */
function whenOf(next: NextDate): string {
  if (next.kind === "decisionLate") return formatLongDate(lastOnTimeDay(next.deadline));
  if (next.kind === "imrApplyBy") return formatLongDate(next.deadline.date);
  return whenDue(next.deadline);
}

export function deriveOverview(request: SecondOpinionRequest, completed: Completion, now: Date): Overview {
  const rules = deriveRules(request, now);
  const derived = { rules, view: deriveNextSteps(request, rules, now) };
  const next = nextDate(request, completed, derived);
  return {
    tasks: overviewTasks(request, completed, derived, now),
    ...(next
      ? { next: { kind: next.kind, when: whenOf(next) } }
      : {}),
  };
}
