import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  canReachReview,
  canReachStep,
  firstIncompleteStep,
  getStep,
  NOT_COVERED_PATH,
  nextPath,
  NUMBERED_STEP_COUNT,
  previousPath,
  resumePath,
  REVIEW_PATH,
  stepHeadingPrefix,
  stepIndex,
  steps,
  stepStatus,
} from "@/lib/flow";
import { emptyRequest, type RequestSection, type SecondOpinionRequest } from "@/lib/schema/request";
import type { CoverageSource } from "@/lib/schema/options";
import { completedSteps, isOffRamped, isStepComplete } from "@/lib/step-completion";
import { completeHmoRequest, FIXTURE_NOW } from "./fixtures/requests";

beforeEach(() => {
  vi.setSystemTime(FIXTURE_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

/** The complete request with one change made to it. */
function completeExcept(change: (request: SecondOpinionRequest) => void): SecondOpinionRequest {
  const request = completeHmoRequest();
  change(request);
  return request;
}

const allIds: RequestSection[] = ["coverage", "plan", "aboutYou", "doctor", "memberServices", "submit", "decision"];

describe("the steps, in order", () => {
  it.each([
    ["coverage", "/request/coverage", "How you get your health coverage", "Before you start"],
    ["plan", "/request/plan", "Your plan", "Before you start"],
    ["aboutYou", "/request/about-you", "About you", "Before you start"],
    ["doctor", "/request/doctor", "Talk to your doctor", "Step 1 of 4"],
    ["memberServices", "/request/member-services", "Contact member services", "Step 2 of 4"],
    ["submit", "/request/submit", "Submit your request", "Step 3 of 4"],
    ["decision", "/request/decision", "Await the decision", "Step 4 of 4"],
  ] as const)("%s is at %s, titled “%s”, headed “%s”", (id, path, title, prefix) => {
    const step = getStep(id);
    expect(steps[allIds.indexOf(id)]).toBe(step);
    expect(stepIndex(id)).toBe(allIds.indexOf(id));
    expect(step.path).toBe(path);
    expect(step.title).toBe(title);
    expect(stepHeadingPrefix(step)).toBe(prefix);
  });

  it("has exactly these seven steps in this order, four of them numbered 1 to 4", () => {
    expect(steps.map((step) => step.id)).toEqual(allIds);
    expect(steps.map((step) => step.number)).toEqual([undefined, undefined, undefined, 1, 2, 3, 4]);
    expect(NUMBERED_STEP_COUNT).toBe(4);
  });

  it("gives every step its own page", () => {
    expect(new Set(steps.map((step) => step.path)).size).toBe(steps.length);
  });

  it("refuses a step that does not exist", () => {
    expect(() => getStep("payment" as RequestSection)).toThrow("Unknown step payment");
  });
});

describe("which steps are finished", () => {
  it.each<[string, SecondOpinionRequest, RequestSection | undefined]>([
    ["nothing answered", emptyRequest(), "coverage"],
    ["everything answered", completeHmoRequest(), undefined],
    ["coverage answered only", completeExcept((r) => Object.assign(r, { ...emptyRequest(), coverage: r.coverage })), "plan"],
    ["no member ID", completeExcept((r) => delete r.plan.memberId), "plan"],
    ["a member ID of only spaces", completeExcept((r) => (r.plan.memberId = "   ")), "plan"],
    ["no full name", completeExcept((r) => (r.aboutYou.fullName = "")), "aboutYou"],
    // The stored draft has no dateOfBirth key at all until the date is typed.
    ["no date of birth stored", completeExcept((r) => delete r.aboutYou.dateOfBirth), "aboutYou"],
    ["a date of birth in the future", completeExcept((r) => (r.aboutYou.dateOfBirth = { month: "1", day: "1", year: "2030" })), "aboutYou"],
    ["helping, but no helper name", completeExcept((r) => (r.aboutYou.helperName = undefined)), "aboutYou"],
    ["no doctor's name", completeExcept((r) => delete r.doctor.name), "doctor"],
    ["called, but no call logged", completeExcept((r) => (r.memberServices.calls = [])), "memberServices"],
    ["a logged call with no date", completeExcept((r) => delete r.memberServices.calls[0]!.date), "memberServices"],
    ["no reasons", completeExcept((r) => (r.submit.reasons = [])), "submit"],
    ["received before it was sent", completeExcept((r) => (r.submit.dateReceived = { month: "12", day: "1", year: "2026" })), "submit"],
    ["no outcome yet", completeExcept((r) => delete r.decision.outcome), "decision"],
    ["denied, no date of the letter", completeExcept((r) => (r.decision.outcome = "denied")), "decision"],
    ["Medicare, not yet chosen to go on", completeExcept((r) => (r.coverage.source = "medicare-advantage")), "coverage"],
    [
      "Medicare, chosen to go on without state law",
      completeExcept((r) => (r.coverage = { source: "medicare-advantage", continueWithoutStateLaw: true })),
      undefined,
    ],
    ["an earlier step unfinished, later ones done", completeExcept((r) => delete r.plan.planName), "plan"],
  ])("%s: the first unfinished step is the one named last", (_name, request, expected) => {
    expect(firstIncompleteStep(completedSteps(request))?.id).toBe(expected);
    expect(canReachReview(completedSteps(request))).toBe(expected === undefined);
  });

  it("uses today's date in California: answers dated after today are not finished yet", () => {
    // The fixture's request was received on December 18, 2026.
    vi.setSystemTime(new Date("2026-12-18T07:30:00Z")); // 11:30 pm on December 17 in California
    expect(firstIncompleteStep(completedSteps(completeHmoRequest()))?.id).toBe("submit");
    vi.setSystemTime(new Date("2026-12-18T08:30:00Z")); // 12:30 am on December 18 in California
    expect(firstIncompleteStep(completedSteps(completeHmoRequest()))).toBeUndefined();
  });
});

describe("which steps a member may open", () => {
  it.each<[string, SecondOpinionRequest, RequestSection[]]>([
    ["nothing answered", emptyRequest(), ["coverage"]],
    ["everything answered", completeHmoRequest(), allIds],
    ["about you unfinished", completeExcept((r) => (r.aboutYou.phone = "")), ["coverage", "plan", "aboutYou"]],
    ["step 2 unfinished", completeExcept((r) => delete r.memberServices.contacted), ["coverage", "plan", "aboutYou", "doctor", "memberServices"]],
    ["off-ramped coverage", completeExcept((r) => (r.coverage.source = "tricare-va")), ["coverage"]],
  ])("%s: can open only the steps listed", (_name, request, reachable) => {
    expect(allIds.filter((id) => canReachStep(id, completedSteps(request)))).toEqual(reachable);
  });

  it.each<[string, SecondOpinionRequest, string]>([
    ["nothing answered", emptyRequest(), "/request/coverage"],
    ["everything answered", completeHmoRequest(), REVIEW_PATH],
    ["about you unfinished", completeExcept((r) => (r.aboutYou.address = " ")), "/request/about-you"],
    ["step 3 unfinished", completeExcept((r) => (r.submit.sentMethod = undefined)), "/request/submit"],
    ["Medicare, not yet chosen to go on", completeExcept((r) => (r.coverage.source = "medicare-advantage")), "/request/coverage"],
  ])("%s: a step that cannot be opened yet sends the member to the first unfinished one", (_name, request, path) => {
    expect(resumePath(completedSteps(request))).toBe(path);
  });

  it("the review page is at /request/review", () => {
    expect(REVIEW_PATH).toBe("/request/review");
  });
});

describe("Continue", () => {
  it.each<[RequestSection, string]>([
    ["coverage", "/request/plan"],
    ["plan", "/request/about-you"],
    ["aboutYou", "/request/doctor"],
    ["doctor", "/request/member-services"],
    ["memberServices", "/request/submit"],
    ["submit", "/request/decision"],
    ["decision", REVIEW_PATH],
  ])("from %s goes to %s", (id, path) => {
    expect(nextPath(id, { offRamped: isOffRamped(completeHmoRequest()) })).toBe(path);
  });

  const coverageCases: [CoverageSource, string][] = [
    ["job-insured", "/request/plan"],
    ["job-self-funded", NOT_COVERED_PATH],
    ["job-not-sure", "/request/plan"],
    ["individual", "/request/plan"],
    ["covered-california", "/request/plan"],
    ["medi-cal-managed-care", "/request/plan"],
    ["medi-cal-fee-for-service", NOT_COVERED_PATH],
    ["medicare-advantage", NOT_COVERED_PATH],
    ["tricare-va", NOT_COVERED_PATH],
    ["other", "/request/plan"],
  ];

  it.each(coverageCases)("from coverage %s goes to %s", (source, path) => {
    expect(nextPath("coverage", { offRamped: isOffRamped(completeExcept((r) => (r.coverage = { source }))) })).toBe(path);
    expect(NOT_COVERED_PATH).toBe("/request/not-covered");
  });

  it.each(coverageCases.filter(([, path]) => path === NOT_COVERED_PATH))(
    "coverage %s, after choosing to go on without state law, goes to the plan step",
    (source) => {
      const request = completeExcept((r) => (r.coverage = { source, continueWithoutStateLaw: true }));
      expect(nextPath("coverage", { offRamped: isOffRamped(request) })).toBe("/request/plan");
      expect(isStepComplete("coverage", request)).toBe(true);
    },
  );

  it.each(coverageCases.filter(([, path]) => path === NOT_COVERED_PATH))(
    "coverage %s is not finished until the member chooses to go on",
    (source) => {
      expect(isStepComplete("coverage", completeExcept((r) => (r.coverage = { source })))).toBe(false);
      expect(isStepComplete("coverage", completeExcept((r) => (r.coverage = { source, continueWithoutStateLaw: false })))).toBe(false);
    },
  );

  it("only the coverage step leads to the off-ramp", () => {
    const request = completeExcept((r) => (r.coverage = { source: "medicare-advantage" }));
    expect(nextPath("plan", { offRamped: isOffRamped(request) })).toBe("/request/about-you");
  });
});

describe("Back", () => {
  it.each<[RequestSection, string]>([
    ["coverage", "/"],
    ["plan", "/request/coverage"],
    ["aboutYou", "/request/plan"],
    ["doctor", "/request/about-you"],
    ["memberServices", "/request/doctor"],
    ["submit", "/request/member-services"],
    ["decision", "/request/submit"],
  ])("from %s goes to %s", (id, path) => {
    expect(previousPath(id)).toBe(path);
  });
});

describe("the step indicator", () => {
  const halfDone = completeExcept((r) => {
    r.submit = emptyRequest().submit;
    r.decision = emptyRequest().decision;
  });

  it.each<[string, RequestSection | undefined, SecondOpinionRequest, Record<RequestSection, string>]>([
    [
      "on step 2, the first steps done",
      "memberServices",
      halfDone,
      {
        coverage: "completed",
        plan: "completed",
        aboutYou: "completed",
        doctor: "completed",
        memberServices: "current",
        submit: "not-started",
        decision: "not-started",
      },
    ],
    [
      "on the first step of an empty request",
      "coverage",
      emptyRequest(),
      {
        coverage: "current",
        plan: "not-started",
        aboutYou: "not-started",
        doctor: "not-started",
        memberServices: "not-started",
        submit: "not-started",
        decision: "not-started",
      },
    ],
    [
      "on the review page, everything done",
      undefined,
      completeHmoRequest(),
      {
        coverage: "completed",
        plan: "completed",
        aboutYou: "completed",
        doctor: "completed",
        memberServices: "completed",
        submit: "completed",
        decision: "completed",
      },
    ],
  ])("%s", (_name, current, request, expected) => {
    expect(Object.fromEntries(steps.map((step) => [step.id, stepStatus(step, current, completedSteps(request))]))).toEqual(expected);
  });
});
