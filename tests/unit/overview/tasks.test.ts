import { describe, expect, it } from "vitest";
import { completedSteps } from "@/lib/answers/check";
import { datePartsFromIso, type IsoDate } from "@/lib/dates/date-parts";
import { deriveNextSteps } from "@/lib/next-steps";
import { nextDate, overviewTasks, type Derived } from "@/lib/overview/tasks";
import { deriveRules } from "@/lib/rules";
import { emptyRequest, type SecondOpinionRequest } from "@/lib/steps/request";
import { completeHmoRequest } from "@/tests/support/requests.mjs";

/** "Today" in California at mid-morning, so every date the member typed is in the past. */
const at = (iso: IsoDate) => new Date(`${iso}T18:00:00Z`);

function overview(request: SecondOpinionRequest, today: IsoDate) {
  const now = at(today);
  const completed = completedSteps(request, today);
  const rules = deriveRules(request, now);
  const derived: Derived = { rules, view: deriveNextSteps(request, rules, now) };
  const tasks = overviewTasks(request, completed, derived, now);
  return {
    statuses: Object.fromEntries(tasks.map((task) => [task.id, task.status])),
    routes: Object.fromEntries(tasks.map((task) => [task.id, task.route])),
    next: nextDate(request, completed, derived),
  };
}

function fixture(decision: Partial<SecondOpinionRequest["decision"]> = {}): SecondOpinionRequest {
  const request = completeHmoRequest() as SecondOpinionRequest;
  request.decision = { ...request.decision, ...decision };
  return request;
}

const denied = { outcome: "denied", denialDate: datePartsFromIso("2026-12-28") } as const;
const grievanceFiled = { ...denied, grievanceFiledDate: datePartsFromIso("2027-01-04") };

describe("the returning member's overview", () => {
  // The fixture's request reached the plan on Friday, December 18, 2026: routine,
  // 5 business days, likely on Monday, December 28 (Christmas Day skipped).
  it.each([
    {
      case: "only the first question answered",
      request: (() => {
        const request = emptyRequest();
        request.coverage.source = "job-insured";
        return request;
      })(),
      today: "2026-12-21",
      statuses: { yourPlan: "in-progress", doctor: "cannot-start", memberServices: "cannot-start", submit: "cannot-start", decision: "cannot-start", ifDenied: "cannot-start" },
      next: undefined,
    },
    {
      case: "request sent, nothing recorded on Step 4",
      request: fixture({ outcome: undefined }),
      today: "2026-12-21",
      statuses: { yourPlan: "completed", doctor: "completed", memberServices: "completed", submit: "completed", decision: "in-progress", ifDenied: "cannot-start" },
      next: { kind: "decisionDue", date: "2026-12-28" },
    },
    {
      // Received Wednesday, February 10, 2027: likely Thursday the 18th; Lincoln Day
      // (February 12, a §6700 day state offices keep open) makes the latest the 19th.
      case: "waiting, past the likely date but not the latest",
      request: (() => {
        const request = fixture({ outcome: "waiting" });
        request.submit.dateSent = datePartsFromIso("2027-02-09");
        request.submit.dateReceived = datePartsFromIso("2027-02-10");
        return request;
      })(),
      today: "2027-02-19",
      statuses: { decision: "in-progress", ifDenied: "cannot-start" },
      next: { kind: "decisionDue", date: "2027-02-18" },
    },
    {
      case: "waiting, weeks after the latest date",
      request: fixture({ outcome: "waiting" }),
      today: "2027-01-20",
      statuses: { decision: "overdue", ifDenied: "not-started" },
      next: { kind: "decisionLate", date: "2026-12-28" },
    },
    {
      case: "denied, no grievance yet",
      request: fixture(denied),
      today: "2027-01-02",
      statuses: { decision: "completed", ifDenied: "not-started" },
      next: undefined,
    },
    {
      case: "grievance filed, the plan still has time",
      request: fixture(grievanceFiled),
      today: "2027-01-10",
      statuses: { decision: "completed", ifDenied: "in-progress" },
      next: { kind: "grievanceAnswerDue", date: "2027-02-03" },
    },
    {
      case: "grievance filed, unanswered past its date",
      request: fixture(grievanceFiled),
      today: "2027-03-01",
      statuses: { decision: "completed", ifDenied: "overdue" },
      next: { kind: "grievanceAnswerDue", date: "2027-02-03" },
    },
    {
      case: "grievance answered",
      request: fixture({ ...grievanceFiled, grievanceDecisionDate: datePartsFromIso("2027-01-25") }),
      today: "2027-02-01",
      statuses: { ifDenied: "completed" },
      next: { kind: "imrApplyBy", date: "2027-07-25" },
    },
    {
      case: "approved",
      request: fixture({ outcome: "approved" }),
      today: "2026-12-23",
      statuses: { decision: "completed", ifDenied: "not-needed" },
      next: undefined,
    },
  ] as const)("$case", ({ request, today, statuses, next }) => {
    const result = overview(request, today);
    expect(result.statuses).toMatchObject(statuses);
    expect(result.next && { kind: result.next.kind, date: result.next.deadline.date }).toEqual(next);
  });

  it("links a task to its first page with a missing answer, and gives no link to one that cannot start", () => {
    const request = fixture({ outcome: undefined });
    request.doctor.condition = "";
    request.memberServices = emptyRequest().memberServices;
    request.submit = emptyRequest().submit;
    const { statuses, routes } = overview(request, "2026-12-21");
    expect(statuses).toMatchObject({ doctor: "in-progress", memberServices: "cannot-start", submit: "cannot-start" });
    expect(routes).toMatchObject({ yourPlan: "coverage", doctor: "doctor", memberServices: undefined, ifDenied: undefined });
  });

  it("sends a member with a missing Step 3 answer to that page, and a finished step to its first page", () => {
    const request = fixture({ outcome: undefined });
    delete request.submit.sentMethod;
    const { statuses, routes } = overview(request, "2026-12-21");
    expect(statuses).toMatchObject({ doctor: "completed", submit: "in-progress", decision: "cannot-start" });
    expect(routes).toMatchObject({ doctor: "doctor", submit: "submitSending" });
  });
});
