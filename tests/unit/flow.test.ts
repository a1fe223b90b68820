import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { completedSteps, isOffRamped } from "@/lib/answers/check";
import {
  canReachPage,
  canReachReview,
  firstIncompletePage,
  firstPageOf,
  nextRoute,
  NUMBERED_STEP_COUNT,
  pageAt,
  previousRoute,
  resumeRoute,
  stepStatus,
} from "@/lib/flow";
import { pageTitle } from "@/lib/page-metadata";
import { routes, type RouteKey } from "@/lib/routes";
import { getStep, pages, steps } from "@/lib/steps";
import { emptyRequest, type RequestSection, type SecondOpinionRequest } from "@/lib/steps/request";
import type { CoverageSource } from "@/lib/steps/options";
import { completeHmoRequest, FIXTURE_NOW } from "@/tests/support/requests.mjs";

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
const isStepComplete = (id: RequestSection, request: SecondOpinionRequest) => completedSteps(request).has(id);
/** The first page of a step, by the step's id. */
const pageOfStep = (id: RequestSection) => firstPageOf(id);

describe("the steps, in order", () => {
  it.each([
    ["coverage", "/request/coverage", "How you get your health coverage", "Before you start"],
    ["plan", "/request/plan", "Your plan", "Before you start"],
    ["aboutYou", "/request/about-you", "About you", "Before you start"],
    ["doctor", "/request/doctor", "Talk to your doctor", "Step 1 of 4"],
    ["memberServices", "/request/member-services", "Contact member services", "Step 2 of 4"],
    ["submit", "/request/submit", "Your reasons for a second opinion", "Step 3 of 4"],
    ["decision", "/request/decision", "Your plan’s decision", "Step 4 of 4"],
  ] as const)("%s starts at %s, titled “%s”, headed “%s”", (id, path, title, prefix) => {
    const step = getStep(id);
    expect(steps[allIds.indexOf(id)]).toBe(step);
    expect(routes[pageOfStep(id).route]).toBe(path);
    expect(pageTitle(pageOfStep(id).route)).toBe(step.number ? `Step ${step.number}: ${title}` : title);
    expect(step.number ? `Step ${step.number} of ${NUMBERED_STEP_COUNT}` : "Before you start").toBe(prefix);
  });

  it("has exactly these seven steps in this order, four of them numbered 1 to 4", () => {
    expect(steps.map((step) => step.id)).toEqual(allIds);
    expect(steps.map((step) => step.number)).toEqual([undefined, undefined, undefined, 1, 2, 3, 4]);
    expect(NUMBERED_STEP_COUNT).toBe(4);
  });

  it("gives every page its own route, and asks every question on exactly one page (the off-ramp's flag on none)", () => {
    expect(new Set(pages.map((page) => page.route)).size).toBe(pages.length);
    for (const step of steps) {
      for (const question of Object.keys(step.questions)) {
        const asking = pages.filter((page) => page.step === step.id && page.questions.includes(question));
        expect(asking.length, `${step.id}.${question}`).toBe(question === "continueWithoutStateLaw" ? 0 : 1);
      }
    }
  });

  it("splits Steps 3 and 4 into short pages, in the order the member takes them", () => {
    const routesOf = (id: RequestSection) => pages.filter((page) => page.step === id).map((page) => routes[page.route]);
    expect(routesOf("submit")).toEqual([
      "/request/submit",
      "/request/submit/urgency",
      "/request/submit/doctor",
      "/request/submit/records",
      "/request/submit/documents",
      "/request/submit/sending",
    ]);
    expect(routesOf("decision")).toEqual(["/request/decision", "/request/decision/next-steps"]);
    // Every other step is one page.
    for (const id of allIds.filter((id) => id !== "submit" && id !== "decision")) expect(routesOf(id)).toHaveLength(1);
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
    expect(firstIncompletePage(request, completedSteps(request))?.step).toBe(expected);
    expect(canReachReview(completedSteps(request))).toBe(expected === undefined);
  });

  it("uses today's date in California: answers dated after today are not finished yet", () => {
    // The fixture's request was received on December 18, 2026.
    vi.setSystemTime(new Date("2026-12-18T07:30:00Z")); // 11:30 pm on December 17 in California
    expect(firstIncompletePage(completeHmoRequest(), completedSteps(completeHmoRequest()))?.step).toBe("submit");
    vi.setSystemTime(new Date("2026-12-18T08:30:00Z")); // 12:30 am on December 18 in California
    expect(firstIncompletePage(completeHmoRequest(), completedSteps(completeHmoRequest()))).toBeUndefined();
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
    expect(allIds.filter((id) => canReachPage(pageOfStep(id), request, completedSteps(request)))).toEqual(reachable);
  });

  it.each<[string, SecondOpinionRequest, string]>([
    ["nothing answered", emptyRequest(), "/request/coverage"],
    ["everything answered", completeHmoRequest(), "/request/review"],
    ["about you unfinished", completeExcept((r) => (r.aboutYou.address = " ")), "/request/about-you"],
    ["step 3 unfinished: no reasons", completeExcept((r) => (r.submit.reasons = [])), "/request/submit"],
    ["step 3 unfinished: no answer on urgency", completeExcept((r) => delete r.submit.urgent), "/request/submit/urgency"],
    [
      "step 3 unfinished: out of network asked for, no reason",
      completeExcept((r) => Object.assign(r.submit, { secondDoctorInNetwork: "no", outOfNetworkRequested: "yes", outOfNetworkReason: "" })),
      "/request/submit/doctor",
    ],
    ["step 3 unfinished: not said how it was sent", completeExcept((r) => (r.submit.sentMethod = undefined)), "/request/submit/sending"],
    ["step 4 unfinished", completeExcept((r) => delete r.decision.outcome), "/request/decision"],
    ["Medicare, not yet chosen to go on", completeExcept((r) => (r.coverage.source = "medicare-advantage")), "/request/coverage"],
  ])("%s: a step that cannot be opened yet sends the member to the first page with a missing answer", (_name, request, path) => {
    expect(routes[resumeRoute(request, completedSteps(request))]).toBe(path);
  });

  it("within a step, a page opens once every page before it is done; a page with nothing to answer never holds the member back", () => {
    const noSending = completeExcept((r) => (r.submit.sentMethod = undefined));
    const reachable = (request: SecondOpinionRequest) =>
      pages.filter((page) => canReachPage(page, request, completedSteps(request))).map((page) => page.route);
    expect(reachable(noSending)).toEqual(expect.arrayContaining(["submitRecords", "submitDocuments", "submitSending"]));
    expect(reachable(noSending)).not.toContain("decision");
    const noUrgency = completeExcept((r) => delete r.submit.urgent);
    expect(reachable(noUrgency)).toContain("submitUrgency");
    expect(reachable(noUrgency)).not.toContain("submitDoctor");
  });
});

describe("Continue", () => {
  it.each<[RequestSection, string]>([
    ["coverage", "/request/plan"],
    ["plan", "/request/about-you"],
    ["aboutYou", "/request/doctor"],
    ["doctor", "/request/member-services"],
    ["memberServices", "/request/submit"],
    ["submit", "/request/submit/urgency"],
    ["decision", "/request/decision/next-steps"],
  ])("from %s goes to %s", (id, path) => {
    expect(routes[nextRoute(pageOfStep(id), completeHmoRequest())]).toBe(path);
  });

  it.each<[RouteKey, string]>([
    ["submitUrgency", "/request/submit/doctor"],
    ["submitDoctor", "/request/submit/records"],
    ["submitRecords", "/request/submit/documents"],
    ["submitDocuments", "/request/submit/sending"],
    ["submitSending", "/request/decision"],
    ["nextSteps", "/request/review"],
  ])("from the page %s goes to %s", (route, path) => {
    expect(routes[nextRoute(pageAt(route)!, completeHmoRequest())]).toBe(path);
  });

  const NOT_COVERED = "/request/not-covered";
  const coverageCases: [CoverageSource, string][] = [
    ["job-insured", "/request/plan"],
    ["job-self-funded", NOT_COVERED],
    ["job-not-sure", "/request/plan"],
    ["individual", "/request/plan"],
    ["covered-california", "/request/plan"],
    ["medi-cal-managed-care", "/request/plan"],
    ["medi-cal-fee-for-service", NOT_COVERED],
    ["original-medicare", NOT_COVERED],
    ["medicare-advantage", NOT_COVERED],
    ["tricare-va", NOT_COVERED],
    ["other", "/request/plan"],
  ];

  it.each(coverageCases)("from coverage %s goes to %s", (source, path) => {
    expect(routes[nextRoute(pageOfStep("coverage"), completeExcept((r) => (r.coverage = { source })))]).toBe(path);
  });

  it.each(coverageCases.filter(([, path]) => path === NOT_COVERED))(
    "coverage %s, after choosing to go on without state law, goes to the plan step",
    (source) => {
      const request = completeExcept((r) => (r.coverage = { source, continueWithoutStateLaw: true }));
      expect(isOffRamped(request)).toBe(false);
      expect(routes[nextRoute(pageOfStep("coverage"), request)]).toBe("/request/plan");
      expect(isStepComplete("coverage", request)).toBe(true);
    },
  );

  it.each(coverageCases.filter(([, path]) => path === NOT_COVERED))(
    "coverage %s is not finished until the member chooses to go on",
    (source) => {
      expect(isStepComplete("coverage", completeExcept((r) => (r.coverage = { source })))).toBe(false);
      expect(isStepComplete("coverage", completeExcept((r) => (r.coverage = { source, continueWithoutStateLaw: false })))).toBe(false);
    },
  );

  it("only the coverage step leads to the off-ramp", () => {
    const request = completeExcept((r) => (r.coverage = { source: "medicare-advantage" }));
    expect(routes[nextRoute(pageOfStep("plan"), request)]).toBe("/request/about-you");
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
    ["decision", "/request/submit/sending"],
  ])("from %s goes to %s", (id, path) => {
    expect(routes[previousRoute(pageOfStep(id), completeHmoRequest())]).toBe(path);
  });

  it.each<[RouteKey, string]>([
    ["submitUrgency", "/request/submit"],
    ["submitSending", "/request/submit/documents"],
    ["nextSteps", "/request/decision"],
  ])("from the page %s goes to %s", (route, path) => {
    expect(routes[previousRoute(pageAt(route)!, completeHmoRequest())]).toBe(path);
  });

  it("every wizard route is a page of the flow, and the others are not", () => {
    const wizard: RouteKey[] = [
      "coverage",
      "plan",
      "aboutYou",
      "doctor",
      "memberServices",
      "submit",
      "submitUrgency",
      "submitDoctor",
      "submitRecords",
      "submitDocuments",
      "submitSending",
      "decision",
      "nextSteps",
    ];
    for (const route of Object.keys(routes) as RouteKey[]) expect(pageAt(route) !== undefined, route).toBe(wizard.includes(route));
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
    expect(Object.fromEntries(steps.map((step) => [step.id, stepStatus(step.id, current, completedSteps(request))]))).toEqual(expected);
  });
});
