// @vitest-environment jsdom
// jsdom gives a real Storage (window.localStorage, with its 5 MB quota and its
// own QuotaExceededError); the fakes below cover what jsdom cannot do.
import { beforeEach, describe, expect, it } from "vitest";
import { emptyRequest, type SecondOpinionRequest } from "@/lib/steps/request";
import { hasAnyAnswer } from "@/lib/steps/request";
import {
  deleteSavedRequest,
  loadRequest,
  saveRequest,
  STORAGE_KEY,
  STORAGE_VERSION,
} from "@/lib/storage/request-storage";
import { completeHmoRequest, savedText, STORAGE_KEY as FIXTURE_STORAGE_KEY } from "@/tests/support/requests.mjs";

beforeEach(() => {
  window.localStorage.clear();
});

/** A storage holding exactly `raw` under our key. */
const holding = (raw: string | null) => ({ getItem: (key: string) => (key === STORAGE_KEY ? raw : null) });

/** Our envelope around any request, at any version. */
const envelope = (request: unknown, version: unknown = STORAGE_VERSION) =>
  JSON.stringify({ version, savedAt: "2026-12-18T17:00:00.000Z", request });

/** A request with only the answers given, the rest unanswered. */
function answered(changes: { [S in keyof SecondOpinionRequest]?: Partial<SecondOpinionRequest[S]> }): SecondOpinionRequest {
  const request = emptyRequest();
  for (const [section, values] of Object.entries(changes)) Object.assign(request[section as keyof SecondOpinionRequest], values);
  return request;
}

const goodCall = completeHmoRequest().memberServices.calls[0]!;

describe("saving and loading the member's answers", () => {
  it("gives back every answer of a complete request, with nothing to tell the member", () => {
    expect(saveRequest(window.localStorage, completeHmoRequest())).toEqual({ ok: true });
    expect(loadRequest(window.localStorage)).toEqual({ request: completeHmoRequest(), notices: [] });
  });

  it("the test fixture saves under the app's own key and version (the bench seeds pages with it)", () => {
    expect(FIXTURE_STORAGE_KEY).toBe(STORAGE_KEY);
    expect(loadRequest(holding(savedText()))).toEqual({ request: completeHmoRequest(), notices: [] });
  });

  it("writes the request in a versioned envelope under one key", () => {
    saveRequest(window.localStorage, completeHmoRequest());
    expect(window.localStorage.length).toBe(1);
    const stored = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "null");
    expect(stored).toEqual({
      version: STORAGE_VERSION,
      savedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      request: JSON.parse(JSON.stringify(completeHmoRequest())),
    });
  });

  it("the latest save wins", () => {
    saveRequest(window.localStorage, answered({ plan: { planName: "First plan" } }));
    saveRequest(window.localStorage, answered({ plan: { planName: "Second plan" } }));
    expect(loadRequest(window.localStorage).request.plan.planName).toBe("Second plan");
  });

  it("starts empty, quietly, when nothing was saved", () => {
    expect(loadRequest(window.localStorage)).toEqual({ request: emptyRequest(), notices: [] });
    expect(hasAnyAnswer(loadRequest(window.localStorage).request)).toBe(false);
  });

  it("knows when something was saved (the start page offers to continue)", () => {
    saveRequest(window.localStorage, answered({ coverage: { source: "individual" } }));
    expect(hasAnyAnswer(loadRequest(window.localStorage).request)).toBe(true);
  });

  const unusual: [string, string][] = [
    ["a script tag", "<script>alert('hi')</script>"],
    ["an image tag with an onerror", '<img src=x onerror="alert(1)">'],
    ["emoji", "Knee pain 🦵🏽😣 since the fall 👩‍⚕️"],
    ["Arabic", "محمد عبد الله"],
    ["Hebrew", "דוד כהן"],
    ["a right-to-left override", "\u202Eevil\u202C"],
    ["quotes and backslashes", 'She said "no" \\ C:\\path\\'],
    ["JSON-looking text", '{"version":99,"request":null}'],
    ["a lone surrogate half", "broken \uD83D emoji"],
    ["a null character", "before\u0000after"],
    ["5,000 characters", "a".repeat(5000)],
    ["50,000 characters (the longest kept)", "Lorem ipsum dolor sit amet. ".repeat(2_000).slice(0, 50_000)],
  ];

  it.each(unusual)("keeps %s exactly as typed", (_kind, text) => {
    const request = completeHmoRequest();
    request.aboutYou.fullName = text;
    request.doctor.condition = text;
    request.memberServices.calls = [{ ...goodCall, notes: text }];
    expect(saveRequest(window.localStorage, request)).toEqual({ ok: true });
    const { request: loaded, notices } = loadRequest(window.localStorage);
    expect(notices).toEqual([]);
    expect(loaded.aboutYou.fullName).toBe(text);
    expect(loaded.doctor.condition).toBe(text);
    expect(loaded.memberServices.calls[0]?.notes).toBe(text);
    expect(loaded).toEqual(request);
  });
});

describe("saved data that cannot be read", () => {
  it.each([
    ["not JSON at all", "this is not json"],
    ["an empty string", ""],
    ["a save cut off half way", envelope(completeHmoRequest()).slice(0, 200)],
    ["JSON with a trailing comma", '{"version":1,"request":{},}'],
    ["a bare number", "42"],
    ["null", "null"],
    ["a list", "[1,2,3]"],
    ["a string", '"hello"'],
    ["an object with no request in it", '{"version":1,"answers":{}}'],
  ])("%s: starts empty and says the saved answers could not be read", (_name, raw) => {
    expect(loadRequest(holding(raw))).toEqual({ request: emptyRequest(), notices: [{ kind: "unreadable" }] });
  });

  it("storage that throws when read (blocked cookies, private mode) starts empty without throwing", () => {
    const blocked = {
      getItem: () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    };
    expect(loadRequest(blocked)).toEqual({ request: emptyRequest(), notices: [] });
  });

  it("no storage at all (server rendering) starts empty", () => {
    expect(loadRequest(undefined)).toEqual({ request: emptyRequest(), notices: [] });
  });
});

describe("saved answers of the wrong shape keep what is valid and say what was reset", () => {
  it.each<[string, unknown, SecondOpinionRequest, { section: string; field: string }[]]>([
    [
      "a whole section that is a number (plan: 5)",
      { coverage: { source: "job-insured" }, plan: 5, aboutYou: { fullName: "Maria" } },
      answered({ coverage: { source: "job-insured" }, aboutYou: { fullName: "Maria" } }),
      [{ section: "plan", field: "*" }],
    ],
    [
      "a section that is null or a list",
      { doctor: null, submit: ["other"], aboutYou: { fullName: "Maria" } },
      answered({ aboutYou: { fullName: "Maria" } }),
      [
        { section: "doctor", field: "*" },
        { section: "submit", field: "*" },
      ],
    ],
    [
      "a plan type that does not exist (planType: \"zzz\")",
      { plan: { planType: "zzz", planName: "Blue Shield Trio HMO", memberId: "XKH 123-456-789" } },
      answered({ plan: { planName: "Blue Shield Trio HMO", memberId: "XKH 123-456-789" } }),
      [{ section: "plan", field: "planType" }],
    ],
    [
      "a date of birth that is a word (dateOfBirth: \"yesterday\")",
      { aboutYou: { fullName: "Maria", dateOfBirth: "yesterday", hasHelper: "no" } },
      answered({ aboutYou: { fullName: "Maria", hasHelper: "no" } }),
      [{ section: "aboutYou", field: "dateOfBirth" }],
    ],
    [
      "a date of birth with a number in it",
      { aboutYou: { dateOfBirth: { month: 3, day: "27", year: "1980" } } },
      answered({ aboutYou: { dateOfBirth: { month: "", day: "27", year: "1980" } } }),
      [{ section: "aboutYou", field: "dateOfBirth" }],
    ],
    [
      "a call log with one bad entry",
      { memberServices: { contacted: "yes", calls: [goodCall, { id: 7, date: "monday" }] } },
      answered({ memberServices: { contacted: "yes", calls: [goodCall] } }),
      [{ section: "memberServices", field: "calls" }],
    ],
    [
      "a call log that is not a list",
      { memberServices: { contacted: "yes", calls: "three calls" } },
      answered({ memberServices: { contacted: "yes" } }),
      [{ section: "memberServices", field: "calls" }],
    ],
    [
      "reasons with one that does not exist",
      { submit: { reasons: ["other", "because-zzz"], otherReason: "My own reason" } },
      answered({ submit: { reasons: ["other"], otherReason: "My own reason" } }),
      [{ section: "submit", field: "reasons" }],
    ],
    [
      "text answers that are numbers, lists and true",
      { plan: { planName: 5, memberId: ["XKH"], planAddress: true, groupNumber: "GRP 1" } },
      answered({ plan: { groupNumber: "GRP 1" } }),
      [
        { section: "plan", field: "planName" },
        { section: "plan", field: "memberId" },
        { section: "plan", field: "planAddress" },
      ],
    ],
    [
      "“go on without state law” that is a string",
      { coverage: { source: "medicare-advantage", continueWithoutStateLaw: "yes" } },
      answered({ coverage: { source: "medicare-advantage" } }),
      [{ section: "coverage", field: "continueWithoutStateLaw" }],
    ],
    [
      // Before the split into Original Medicare and Medicare Advantage (2026-12-04): the member picks again.
      "“Medicare or Medicare Advantage”, saved before the two were asked apart",
      { coverage: { source: "medicare", continueWithoutStateLaw: true } },
      answered({ coverage: { continueWithoutStateLaw: true } }),
      [{ section: "coverage", field: "source" }],
    ],
    [
      "everything wrong at once, across sections",
      {
        coverage: { source: "job-insured" },
        plan: { planType: "zzz", planName: 5, memberId: "XKH 123-456-789" },
        aboutYou: { fullName: "Maria", dateOfBirth: "yesterday" },
        memberServices: { contacted: "yes", calls: [goodCall, { id: 7 }] },
        decision: { outcome: "maybe", denialReason: "Not medically necessary" },
      },
      answered({
        coverage: { source: "job-insured" },
        plan: { memberId: "XKH 123-456-789" },
        aboutYou: { fullName: "Maria" },
        memberServices: { contacted: "yes", calls: [goodCall] },
        decision: { denialReason: "Not medically necessary" },
      }),
      [
        { section: "plan", field: "planType" },
        { section: "plan", field: "planName" },
        { section: "aboutYou", field: "dateOfBirth" },
        { section: "memberServices", field: "calls" },
        { section: "decision", field: "outcome" },
      ],
    ],
  ])("%s", (_name, stored, expected, reset) => {
    expect(loadRequest(holding(envelope(stored)))).toEqual({ request: expected, notices: [{ kind: "fields-reset", fields: reset }] });
  });

  it.each([
    ["fields the app does not know", { plan: { planName: "Blue Shield Trio HMO", favouriteColour: "blue" } }],
    ["sections the app does not know", { plan: { planName: "Blue Shield Trio HMO" }, extras: { a: 1 } }],
  ])("ignores %s without a notice", (_name, stored) => {
    expect(loadRequest(holding(envelope(stored)))).toEqual({ request: answered({ plan: { planName: "Blue Shield Trio HMO" } }), notices: [] });
  });

  it("a request that is not an object at all starts empty, without a list of resets", () => {
    expect(loadRequest(holding(envelope("my answers")))).toEqual({ request: emptyRequest(), notices: [] });
  });
});

describe("answers saved by another version of the app", () => {
  it.each([
    ["version 0 (the early prototype)", 0],
    ["no version at all", undefined],
    ["a version that is text", "1"],
    ["a negative version", -3],
    ["a fractional version", 0.5],
  ])("%s: migrates and keeps every answer", (_name, version) => {
    const raw =
      version === undefined
        ? JSON.stringify({ savedAt: "2026-01-01T00:00:00.000Z", request: completeHmoRequest() })
        : envelope(completeHmoRequest(), version);
    expect(loadRequest(holding(raw))).toEqual({ request: completeHmoRequest(), notices: [] });
  });

  it("a newer version keeps the answers it can read and says it came from a newer version", () => {
    expect(loadRequest(holding(envelope(completeHmoRequest(), STORAGE_VERSION + 1)))).toEqual({
      request: completeHmoRequest(),
      notices: [{ kind: "newer-version" }],
    });
  });

  it("a newer version with a field this version cannot read says both", () => {
    const stored = { ...completeHmoRequest(), plan: { ...completeHmoRequest().plan, planType: "hmo-plus" } };
    const expected = completeHmoRequest();
    delete expected.plan.planType;
    expect(loadRequest(holding(envelope(stored, STORAGE_VERSION + 5)))).toEqual({
      request: expected,
      notices: [{ kind: "newer-version" }, { kind: "fields-reset", fields: [{ section: "plan", field: "planType" }] }],
    });
  });

  it("what is loaded from an old version is saved back at the current version", () => {
    const { request } = loadRequest(holding(envelope(completeHmoRequest(), 0)));
    saveRequest(window.localStorage, request);
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "{}").version).toBe(STORAGE_VERSION);
  });
});

describe("when the answers cannot be saved", () => {
  const throwing = (error: unknown) => ({
    setItem: () => {
      throw error;
    },
  });

  /** Older Safari: a DOMException named QUOTA_EXCEEDED_ERR that carries only the legacy code 22. */
  class LegacyQuotaError extends DOMException {
    constructor() {
      super("QuotaExceededError: DOM Exception 22", "QUOTA_EXCEEDED_ERR");
    }
    override get code() {
      return 22;
    }
  }

  it.each<[string, unknown, "quota" | "unavailable"]>([
    ["a full quota (QuotaExceededError)", new DOMException("The quota has been exceeded.", "QuotaExceededError"), "quota"],
    ["a full quota reported only by the legacy code 22", new LegacyQuotaError(), "quota"],
    ["storage switched off (SecurityError)", new DOMException("The operation is insecure.", "SecurityError"), "unavailable"],
    ["any other error", new Error("disk on fire"), "unavailable"],
    ["a thrown string", "nope", "unavailable"],
  ])("%s: says why, without throwing", (_name, error, reason) => {
    expect(saveRequest(throwing(error), completeHmoRequest())).toEqual({ ok: false, reason });
  });

  it("no storage at all: unavailable", () => {
    expect(saveRequest(undefined, completeHmoRequest())).toEqual({ ok: false, reason: "unavailable" });
  });

  it("a real full quota: the save fails as “quota” and the last save is still there", () => {
    saveRequest(window.localStorage, completeHmoRequest());
    const tooBig = completeHmoRequest();
    tooBig.doctor.condition = "x".repeat(6 * 1024 * 1024);
    expect(saveRequest(window.localStorage, tooBig)).toEqual({ ok: false, reason: "quota" });
    expect(loadRequest(window.localStorage)).toEqual({ request: completeHmoRequest(), notices: [] });
  });
});

describe("deleting the saved answers", () => {
  it("removes them, so the next visit starts empty", () => {
    saveRequest(window.localStorage, completeHmoRequest());
    window.localStorage.setItem("someone-else's-key", "keep me");
    deleteSavedRequest(window.localStorage);
    expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(loadRequest(window.localStorage)).toEqual({ request: emptyRequest(), notices: [] });
    expect(window.localStorage.getItem("someone-else's-key")).toBe("keep me");
  });

  it("does not throw when storage refuses or is missing", () => {
    const refusing = {
      removeItem: () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    };
    expect(() => deleteSavedRequest(refusing)).not.toThrow();
    expect(() => deleteSavedRequest(undefined)).not.toThrow();
  });

  it("deleting when nothing was saved is fine", () => {
    expect(() => deleteSavedRequest(window.localStorage)).not.toThrow();
    expect(loadRequest(window.localStorage).request).toEqual(emptyRequest());
  });
});
