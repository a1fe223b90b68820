import type { Completion } from "@/lib/answers/check";
import type { IsoDate } from "@/lib/dates/date-parts";
import { deriveNextSteps } from "@/lib/next-steps";
import type { Deadline, DerivedRules } from "@/lib/rules/types";
import { lastOnTimeDay } from "@/lib/rules/when-from";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { nextDate, overviewTasks, type NextDate, type OverviewTask } from "./tasks";

export type Overview = { tasks: OverviewTask[]; next?: { kind: NextDate["kind"]; when: string } };

/** What the overview needs from one language: its rules and how it words a date. */
type OverviewLanguage = {
  deriveRules: (request: SecondOpinionRequest, now: Date) => DerivedRules;
  whenDue: (deadline: Pick<Deadline, "date" | "time">) => string;
  formatLongDate: (iso: IsoDate) => string;
};

/** `deriveOverview` in one language: the same tasks and dates in every language, the date worded in its own. */
export function overviewFrom({ deriveRules, whenDue, formatLongDate }: OverviewLanguage) {
  /** A day the words say "by about" or "at the latest" of: the date alone; a date the plan should act on: as the rules word it. */
  function whenOf(next: NextDate): string {
    if (next.kind === "decisionLate") return formatLongDate(lastOnTimeDay(next.deadline));
    if (next.kind === "imrApplyBy") return formatLongDate(next.deadline.date);
    return whenDue(next.deadline);
  }

  return function deriveOverview(request: SecondOpinionRequest, completed: Completion, now: Date): Overview {
    const rules = deriveRules(request, now);
    const derived = { rules, view: deriveNextSteps(request, rules, now) };
    const next = nextDate(request, completed, derived);
    return {
      tasks: overviewTasks(request, completed, derived, now),
      ...(next ? { next: { kind: next.kind, when: whenOf(next) } } : {}),
    };
  };
}
