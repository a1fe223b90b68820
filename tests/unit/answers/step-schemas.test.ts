import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type * as z from "zod/mini";
import { fieldText } from "@/content/fields";
import { MAX_TEXT_LENGTH } from "@/lib/answers/check";
import { callSchema, pageSchema } from "@/lib/answers/schemas";
import { getStep } from "@/lib/steps";
import type { RequestSection, SecondOpinionRequest } from "@/lib/steps/request";
import { completeHmoRequest, FIXTURE_NOW } from "@/tests/support/requests.mjs";

// "Today" is Monday, December 21, 2026 in California unless a test says otherwise.
beforeEach(() => {
  vi.setSystemTime(FIXTURE_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

type SchemaId = RequestSection | "call";
type Words = Parameters<typeof pageSchema>[3];

/**
 * The form's schema for a whole step, built from the declarations as the
 * step's pages build theirs, given these answers (they decide which
 * questions are asked); or the call log's.
 */
function schemaFor(id: SchemaId, answers: unknown): z.ZodMiniType {
  if (id === "call") return callSchema(fieldText.call as unknown as Words);
  const step = getStep(id);
  const request = { ...completeHmoRequest(), [id]: answers } as SecondOpinionRequest;
  return pageSchema(step, Object.keys(step.questions), request, fieldText[id] as unknown as Words, fieldText.call as unknown as Words);
}

/** The answers of one step of the complete fixture, or its one logged call. */
function goodAnswers(id: SchemaId): Record<string, unknown> {
  const request = completeHmoRequest();
  if (id === "call") return { ...request.memberServices.calls[0] };
  return { ...request[id] };
}
/**
 * The earlier answers that make a question asked (its `shownWhen` in
 * lib/steps): a question not asked is not checked, so a test of its checks
 * answers these first.
 */
const askedBy: Record<string, Record<string, unknown>> = {
  "submit.timeReceived": { urgent: "yes" },
  "decision.appointmentDate": { outcome: "approved" },
  "decision.denialReason": { outcome: "denied", denialDate: { month: "12", day: "20", year: "2026" } },
  "decision.moreInfoWhat": { outcome: "more-info" },
  "decision.moreInfoReceivedDate": { outcome: "more-info", moreInfoWhat: "The MRI report" },
  "decision.grievanceFiledDate": { outcome: "no-answer" },
};
const withAnswers = (id: SchemaId, changes: Record<string, unknown>) => ({
  ...goodAnswers(id),
  ...Object.assign({}, ...Object.keys(changes).map((field) => askedBy[`${id}.${field}`] ?? {})),
  ...changes,
});

/** What the member is told: [field path, message] for every problem, in order. */
function problems(id: SchemaId, answers: unknown): [string, string][] {
  const result = schemaFor(id, answers).safeParse(answers);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
}

const date = (month: string, day: string, year: string) => ({ month, day, year });
const noDate = date("", "", "");

describe("good answers pass every step", () => {
  it.each(["coverage", "plan", "aboutYou", "doctor", "memberServices", "submit", "decision", "call"] as const)(
    "the complete HMO request's %s answers pass",
    (id) => {
      expect(problems(id, goodAnswers(id))).toEqual([]);
    },
  );

  it.each<[string, SchemaId, Record<string, unknown>]>([
    ["coverage chosen with nothing else", "coverage", { source: "original-medicare" }],
    ["coverage off-ramped, then go on anyway", "coverage", { source: "job-self-funded", continueWithoutStateLaw: true }],
    ["no group number", "plan", { groupNumber: "" }],
    ["no plan address", "plan", { planAddress: undefined }],
    ["plan type and regulator not known", "plan", { planType: "not-sure", regulator: "not-sure" }],
    ["no one helping, helper fields blank", "aboutYou", { hasHelper: "no", helperName: "", helperRelationship: "" }],
    ["no one helping, helper fields never shown", "aboutYou", { hasHelper: "no", helperName: undefined, helperRelationship: undefined }],
    ["no email", "aboutYou", { email: "" }],
    ["email of only spaces", "aboutYou", { email: "   " }],
    ["born on a leap day", "aboutYou", { dateOfBirth: date("2", "29", "1980") }],
    ["born on January 1, 1900", "aboutYou", { dateOfBirth: date("1", "1", "1900") }],
    ["born today (a newborn)", "aboutYou", { dateOfBirth: date("12", "21", "2026") }],
    ["date of birth with leading zeros", "aboutYou", { dateOfBirth: date("03", "07", "1980") }],
    ["only the required doctor answers", "doctor", { specialty: "", medicalGroup: "", recommendedTreatment: "", dateDiscussed: noDate }],
    ["talked to the doctor today", "doctor", { dateDiscussed: date("12", "21", "2026") }],
    ["doctor was not asked", "doctor", { willRequest: "did-not-ask" }],
    ["not called yet, no calls", "memberServices", { contacted: "not-yet", calls: [] }],
    ["not called yet, call log never opened", "memberServices", { contacted: "not-yet", calls: undefined }],
    ["a call with only its date", "call", { time: "", spokeTo: "", referenceNumber: "", notes: "" }],
    ["a call at midnight", "call", { time: "00:00" }],
    ["a call at 23:59", "call", { time: "23:59" }],
    ["a call today", "call", { date: date("12", "21", "2026") }],
    ["not sent yet, no dates", "submit", { sentMethod: "not-yet", dateSent: noDate, dateReceived: noDate }],
    ["not sent yet, dates never shown", "submit", { sentMethod: "not-yet", dateSent: undefined, dateReceived: undefined }],
    ["sent, received date not known", "submit", { dateReceived: noDate }],
    ["received the day it was sent", "submit", { dateSent: date("12", "18", "2026"), dateReceived: date("12", "18", "2026") }],
    ["sent and received today", "submit", { dateSent: date("12", "21", "2026"), dateReceived: date("12", "21", "2026") }],
    ["no other reason", "submit", { reasons: ["serious-condition"], otherReason: "" }],
    ["every reason", "submit", { reasons: ["questions-surgery", "serious-condition", "unclear-diagnosis", "not-improving", "concerns-after-trying", "other"] }],
    ["no records listed", "submit", { enclosures: [] }],
    ["records list never shown", "submit", { enclosures: undefined }],
    ["second doctor in network, no out-of-network answers", "submit", { secondDoctorInNetwork: "yes", outOfNetworkRequested: null, outOfNetworkReason: "" }],
    ["network question unanswered (null)", "submit", { secondDoctorInNetwork: null, outOfNetworkRequested: null, outOfNetworkReason: "" }],
    ["out of network, but not asking for it", "submit", { secondDoctorInNetwork: "no", outOfNetworkRequested: "no", outOfNetworkReason: "" }],
    ["urgent, with the time it was received", "submit", { urgent: "yes", timeReceived: "15:00" }],
    ["time received left blank", "submit", { timeReceived: "" }],
    ["approved, with a future appointment", "decision", { outcome: "approved", appointmentDate: date("1", "12", "2027") }],
    ["waiting, with a future due date from the plan", "decision", { outcome: "waiting", planGivenDueDate: date("1", "29", "2027") }],
    ["denied, with the letter's date", "decision", { outcome: "denied", denialDate: date("12", "20", "2026"), denialReason: "" }],
    ["more information asked for", "decision", { outcome: "more-info", moreInfoWhat: "Imaging reports from October", moreInfoReceivedDate: noDate }],
    ["no answer, grievance filed today", "decision", { outcome: "no-answer", grievanceFiledDate: date("12", "21", "2026") }],
  ])("%s", (_name, id, changes) => {
    expect(problems(id, withAnswers(id, changes))).toEqual([]);
  });
});

describe("real-world identifiers and phone numbers are accepted", () => {
  it.each(["XKH 123-456-789", "xkh123456789", "W1234 56789-01", "123/456.789", "  XKH123456789  ", "A".repeat(40)])(
    "member ID %j",
    (memberId) => {
      expect(problems("plan", withAnswers("plan", { memberId }))).toEqual([]);
    },
  );

  it.each(["GRP 20931", "W0051234", "12-3456/78", ""])("group number %j", (groupNumber) => {
    expect(problems("plan", withAnswers("plan", { groupNumber }))).toEqual([]);
  });

  it.each([
    "1-800-FLOWERS",
    "(916) 555-0142 ext. 12",
    "(916) 555-0142 x12",
    "916-555-0142 extension 4",
    "916.555.0142",
    "916 555 0142",
    "9165550142",
    "+1 916 555 0142",
    "1 (800) 555-0100",
    "+44 20 7946 0958",
    // Copied from a plan's web page or PDF: non-breaking hyphens, en dashes, no-break spaces.
    "1\u2011800\u2011555\u20110100",
    "916\u2013555\u20130142",
    "(916)\u00A0555-0142",
  ])("phone %j, as the plan's number and as the member's", (phone) => {
    expect(problems("plan", withAnswers("plan", { memberServicesPhone: phone }))).toEqual([]);
    expect(problems("aboutYou", withAnswers("aboutYou", { phone }))).toEqual([]);
  });

  it.each(["name@example.com", "maria.sanchez+plan@example.co.uk", "josé@exämple.com", " name@example.com "])("email %j", (email) => {
    expect(problems("aboutYou", withAnswers("aboutYou", { email }))).toEqual([]);
  });
});

describe("each required answer left out says what to enter", () => {
  const blanks = {
    text: ["", "   ", "\n\t", undefined],
    radio: [null, undefined, ""],
    date: [noDate, date(" ", " ", " "), undefined],
  };
  const required: [SchemaId, string, keyof typeof blanks, string][] = [
    ["coverage", "source", "radio", "Select how you get your health coverage"],
    ["plan", "planType", "radio", "Select your plan type, or choose “I’m not sure”"],
    ["plan", "regulator", "radio", "Select who regulates your plan, or choose “I’m not sure”"],
    ["plan", "planName", "text", "Enter the name of your health plan, as it appears on your card"],
    ["plan", "memberId", "text", "Enter your member ID, as it appears on your insurance card"],
    ["plan", "memberServicesPhone", "text", "Enter the member services phone number from your insurance card"],
    ["aboutYou", "fullName", "text", "Enter your full name"],
    ["aboutYou", "dateOfBirth", "date", "Enter your date of birth, for example 3 27 1980"],
    ["aboutYou", "address", "text", "Enter your mailing address"],
    ["aboutYou", "phone", "text", "Enter a phone number the plan can reach you on"],
    ["aboutYou", "hasHelper", "radio", "Select yes if someone is helping you with this request"],
    ["doctor", "name", "text", "Enter your treating doctor’s name"],
    ["doctor", "condition", "text", "Enter your diagnosis or condition, in your own words"],
    ["doctor", "willRequest", "radio", "Select whether your doctor will ask the plan for the second opinion"],
    ["memberServices", "contacted", "radio", "Select whether you have called member services yet"],
    ["submit", "urgent", "radio", "Select yes if your request is urgent, or no if it can wait the normal time"],
    ["submit", "sentMethod", "radio", "Select how you sent your request, or “Not sent yet”"],
    ["decision", "outcome", "radio", "Select what has happened with your request"],
    ["call", "date", "date", "Enter the date of the call, for example 11 20 2026"],
  ];
  const cases = required.flatMap(([id, field, kind, message]) =>
    blanks[kind].map((blank) => [id, field, blank, message] as const),
  );

  it.each(cases)("%s.%s as %j: “%s”", (id, field, blank, message) => {
    expect(problems(id, withAnswers(id, { [field]: blank }))).toEqual([[field, message]]);
  });

  it.each([
    [[], "Select at least one reason you want a second opinion"],
    [undefined, "Select at least one reason you want a second opinion"],
  ])("submit.reasons as %j: “%s”", (reasons, message) => {
    expect(problems("submit", withAnswers("submit", { reasons }))).toEqual([["reasons", message]]);
  });

  it.each<[SchemaId, string[]]>([
    ["coverage", ["Select how you get your health coverage"]],
    [
      "plan",
      [
        "Select your plan type, or choose “I’m not sure”",
        "Select who regulates your plan, or choose “I’m not sure”",
        "Enter the name of your health plan, as it appears on your card",
        "Enter your member ID, as it appears on your insurance card",
        "Enter the member services phone number from your insurance card",
      ],
    ],
    [
      "aboutYou",
      [
        "Enter your full name",
        "Enter your date of birth, for example 3 27 1980",
        "Enter your mailing address",
        "Enter a phone number the plan can reach you on",
        "Select yes if someone is helping you with this request",
      ],
    ],
    [
      "doctor",
      [
        "Enter your treating doctor’s name",
        "Enter your diagnosis or condition, in your own words",
        "Select whether your doctor will ask the plan for the second opinion",
      ],
    ],
    ["memberServices", ["Select whether you have called member services yet"]],
    [
      "submit",
      [
        "Select at least one reason you want a second opinion",
        "Select yes if your request is urgent, or no if it can wait the normal time",
        "Select how you sent your request, or “Not sent yet”",
      ],
    ],
    ["decision", ["Select what has happened with your request"]],
    ["call", ["Enter the date of the call, for example 11 20 2026"]],
  ])("a %s step submitted with nothing answered lists every required answer", (id, messages) => {
    expect(problems(id, id === "call" ? { id: "call-2" } : {}).map(([, message]) => message)).toEqual(messages);
  });
});

describe("answers that depend on an earlier answer", () => {
  it.each<[string, SchemaId, Record<string, unknown>, [string, string][]]>([
    [
      "someone helping, no name",
      "aboutYou",
      { hasHelper: "yes", helperName: "" },
      [["helperName", "Enter the name of the person helping you"]],
    ],
    [
      "someone helping, relationship of only spaces",
      "aboutYou",
      { hasHelper: "yes", helperRelationship: "   " },
      [["helperRelationship", "Enter how the person helping you is related to you, for example daughter"]],
    ],
    [
      "someone helping, neither answered",
      "aboutYou",
      { hasHelper: "yes", helperName: undefined, helperRelationship: undefined },
      [
        ["helperName", "Enter the name of the person helping you"],
        ["helperRelationship", "Enter how the person helping you is related to you, for example daughter"],
      ],
    ],
    ["“other” reason not described", "submit", { reasons: ["other"], otherReason: "  " }, [["otherReason", "Describe your other reason"]]],
    [
      "second doctor out of network, not said whether to ask for it",
      "submit",
      { secondDoctorInNetwork: "no", outOfNetworkRequested: null },
      [["outOfNetworkRequested", "Select yes if you want to ask for a doctor outside your plan’s network"]],
    ],
    [
      "asking for out of network with no reason",
      "submit",
      { secondDoctorInNetwork: "no", outOfNetworkRequested: "yes", outOfNetworkReason: "" },
      [["outOfNetworkReason", "Explain why no doctor in your plan’s network can give this opinion"]],
    ],
    [
      "sent by mail, no date sent",
      "submit",
      { sentMethod: "mail", dateSent: noDate, dateReceived: noDate },
      [["dateSent", "Enter the date you sent your request, for example 12 17 2026"]],
    ],
    [
      "sent by fax, date sent never shown",
      "submit",
      { sentMethod: "fax", dateSent: undefined, dateReceived: undefined },
      [["dateSent", "Enter the date you sent your request, for example 12 17 2026"]],
    ],
    [
      "date sent with no day",
      "submit",
      { sentMethod: "portal", dateSent: date("12", "", "2026") },
      [["dateSent", "The date you sent your request must include a day"]],
    ],
    [
      "date sent February 30",
      "submit",
      { sentMethod: "email", dateSent: date("2", "30", "2026"), dateReceived: noDate },
      [["dateSent", "The date you sent your request must be a real date, for example 12 17 2026"]],
    ],
    [
      "date sent tomorrow",
      "submit",
      { sentMethod: "in-person", dateSent: date("12", "22", "2026"), dateReceived: noDate },
      [["dateSent", "The date you sent your request must be today or in the past"]],
    ],
    [
      "received the day before it was sent",
      "submit",
      { dateSent: date("12", "17", "2026"), dateReceived: date("12", "16", "2026") },
      [["dateReceived", "The date the plan received your request must be the same as or after the date you sent it"]],
    ],
    [
      "received tomorrow",
      "submit",
      { dateReceived: date("12", "22", "2026") },
      [["dateReceived", "The date the plan received your request must be today or in the past"]],
    ],
    [
      "denied, no date of the letter",
      "decision",
      { outcome: "denied", denialDate: noDate },
      [["denialDate", "Enter the date of the written denial, for example 1 4 2027"]],
    ],
    [
      "denied, date of the letter never shown",
      "decision",
      { outcome: "denied", denialDate: undefined },
      [["denialDate", "Enter the date of the written denial, for example 1 4 2027"]],
    ],
    [
      "denied, letter dated tomorrow",
      "decision",
      { outcome: "denied", denialDate: date("12", "22", "2026") },
      [["denialDate", "The date of the written denial must be today or in the past"]],
    ],
    [
      "denied, letter dated April 31",
      "decision",
      { outcome: "denied", denialDate: date("4", "31", "2026") },
      [["denialDate", "The date of the written denial must be a real date, for example 1 4 2027"]],
    ],
    ["more information, not said what", "decision", { outcome: "more-info", moreInfoWhat: " " }, [["moreInfoWhat", "Enter what the plan asked you for"]]],
    [
      "called, no call logged",
      "memberServices",
      { contacted: "yes", calls: [] },
      [["calls", "Add the call you made, or choose “Not yet”"]],
    ],
    [
      "called, call log never opened",
      "memberServices",
      { contacted: "yes", calls: undefined },
      [["calls", "Add the call you made, or choose “Not yet”"]],
    ],
    [
      "called, the logged call is dated tomorrow",
      "memberServices",
      { contacted: "yes", calls: [withAnswers("call", { date: date("12", "22", "2026") })] },
      [["calls.0.date", "The date of the call must be today or in the past"]],
    ],
  ])("%s", (_name, id, changes, expected) => {
    expect(problems(id, withAnswers(id, changes))).toEqual(expected);
  });

  it.each([
    ["not sent yet", { sentMethod: "not-yet", dateSent: noDate }],
    ["not sent yet, with a date left over", { sentMethod: "not-yet", dateSent: date("12", "17", "2026"), dateReceived: noDate }],
  ])("no date sent is needed when %s", (_name, changes) => {
    expect(problems("submit", withAnswers("submit", changes))).toEqual([]);
  });

  it("a denial date is only asked for when the request was denied", () => {
    expect(problems("decision", withAnswers("decision", { outcome: "approved", denialDate: noDate }))).toEqual([]);
  });
});

describe("dates the member types", () => {
  const dob = (parts: { month: string; day: string; year: string }) => problems("aboutYou", withAnswers("aboutYou", { dateOfBirth: parts }));

  it.each([
    [date("3", "", "1980"), "Date of birth must include a day"],
    [date("", "27", "1980"), "Date of birth must include a month"],
    [date("3", "27", ""), "Date of birth must include a year"],
    [date("", "", "1980"), "Date of birth must include a month and a day"],
    [date("3", "", ""), "Date of birth must include a day and a year"],
    [date("3", "27", "80"), "Year must be 4 numbers, for example 1980"],
    [date("3", "27", "19800"), "Year must be 4 numbers, for example 1980"],
    [date("3", "27", "’80"), "Year must be 4 numbers, for example 1980"],
    [date("2", "30", "1980"), "Date of birth must be a real date, for example 3 27 1980"],
    [date("2", "29", "1981"), "Date of birth must be a real date, for example 3 27 1980"],
    [date("13", "1", "1980"), "Date of birth must be a real date, for example 3 27 1980"],
    [date("March", "27", "1980"), "Date of birth must be a real date, for example 3 27 1980"],
    [date("12", "22", "2026"), "Date of birth must be in the past"],
    [date("3", "27", "2080"), "Date of birth must be in the past"],
    [date("12", "31", "1899"), "Date of birth must be after 1900"],
  ])("date of birth %o: “%s”", (parts, message) => {
    expect(dob(parts)).toEqual([["dateOfBirth", message]]);
  });

  it.each<[SchemaId, string, string]>([
    ["doctor", "dateDiscussed", "The date you talked to your doctor must be today or in the past"],
    ["call", "date", "The date of the call must be today or in the past"],
    ["submit", "dateReceived", "The date the plan received your request must be today or in the past"],
    ["decision", "moreInfoReceivedDate", "The date the plan received the information must be today or in the past"],
    ["decision", "grievanceFiledDate", "The date you filed your grievance must be today or in the past"],
  ])("%s.%s tomorrow: “%s”", (id, field, message) => {
    expect(problems(id, withAnswers(id, { [field]: date("12", "22", "2026") }))).toEqual([[field, message]]);
    expect(problems(id, withAnswers(id, { [field]: date("12", "21", "2026") }))).toEqual([]);
  });

  it.each<[SchemaId, string, string]>([
    ["doctor", "dateDiscussed", "The date you talked to your doctor must be a real date, for example 11 3 2026"],
    ["call", "date", "The date of the call must be a real date, for example 11 20 2026"],
    ["submit", "dateReceived", "The date the plan received your request must be a real date, for example 12 18 2026"],
    ["decision", "planGivenDueDate", "The date the plan gave you must be a real date, for example 12 28 2026"],
    ["decision", "appointmentDate", "The appointment date must be a real date, for example 1 12 2027"],
  ])("%s.%s on February 30, 2027: “%s”", (id, field, message) => {
    expect(problems(id, withAnswers(id, { [field]: date("2", "30", "2027") }))).toEqual([[field, message]]);
  });

  it.each<[SchemaId, string, string]>([
    ["doctor", "dateDiscussed", "Year must be 4 numbers, for example 2026"],
    ["call", "date", "Year must be 4 numbers, for example 2026"],
    ["decision", "appointmentDate", "Year must be 4 numbers, for example 2027"],
  ])("%s.%s with a 2-digit year: “%s”", (id, field, message) => {
    expect(problems(id, withAnswers(id, { [field]: date("11", "3", "26") }))).toEqual([[field, message]]);
  });

  describe("the end of the helper's authorization", () => {
    const ends = (parts: { month: string; day: string; year: string }, changes: Record<string, unknown> = {}) =>
      problems("aboutYou", withAnswers("aboutYou", { authorizationEnds: parts, ...changes }));

    it("may be today or later, or left blank", () => {
      expect(ends(date("12", "21", "2026"))).toEqual([]);
      expect(ends(date("6", "30", "2027"))).toEqual([]);
      expect(ends(date("", "", ""))).toEqual([]);
    });

    it("refuses a date in the past", () => {
      expect(ends(date("12", "20", "2026"))).toEqual([["authorizationEnds", "The date it ends must be today or in the future"]]);
    });

    it("is not asked, so not checked, when no one helps", () => {
      expect(ends(date("12", "20", "2026"), { hasHelper: "no" })).toEqual([]);
    });
  });

  it("an optional date half filled in says what is missing", () => {
    expect(problems("doctor", withAnswers("doctor", { dateDiscussed: date("11", "", "2026") }))).toEqual([
      ["dateDiscussed", "The date you talked to your doctor must include a day"],
    ]);
  });

  describe("February 29 in a leap year", () => {
    beforeEach(() => {
      vi.setSystemTime(new Date("2028-03-01T18:00:00Z"));
    });

    it.each<[SchemaId, Record<string, unknown>]>([
      ["aboutYou", { dateOfBirth: date("2", "29", "2028") }],
      ["doctor", { dateDiscussed: date("2", "29", "2028") }],
      ["call", { date: date("2", "29", "2028") }],
      ["submit", { dateSent: date("2", "29", "2028"), dateReceived: date("2", "29", "2028") }],
      ["decision", { outcome: "denied", denialDate: date("2", "29", "2028") }],
    ])("is accepted on the %s step", (id, changes) => {
      expect(problems(id, withAnswers(id, changes))).toEqual([]);
    });

    it("is refused in 2027, which is not a leap year", () => {
      expect(problems("call", withAnswers("call", { date: date("2", "29", "2027") }))).toEqual([
        ["date", "The date of the call must be a real date, for example 11 20 2026"],
      ]);
    });
  });

  describe("“today” is today in California, wherever the computer's clock is", () => {
    it("at 9 pm on December 21 in California (already the 22nd in UTC), the 22nd is still the future", () => {
      vi.setSystemTime(new Date("2026-12-22T05:00:00Z"));
      expect(problems("call", withAnswers("call", { date: date("12", "22", "2026") }))).toEqual([
        ["date", "The date of the call must be today or in the past"],
      ]);
      expect(problems("call", withAnswers("call", { date: date("12", "21", "2026") }))).toEqual([]);
    });

    it("just after midnight on December 22 in California, the 22nd is today", () => {
      vi.setSystemTime(new Date("2026-12-22T08:30:00Z"));
      expect(problems("call", withAnswers("call", { date: date("12", "22", "2026") }))).toEqual([]);
    });
  });
});

describe("answers in the wrong format say how to fix them", () => {
  it.each<[SchemaId, string, unknown, string]>([
    ["plan", "memberId", "XKH_123", "Member ID must only include letters, numbers, spaces, dashes, dots and slashes"],
    ["plan", "memberId", "#123456", "Member ID must only include letters, numbers, spaces, dashes, dots and slashes"],
    ["plan", "memberId", "<script>alert(1)</script>", "Member ID must only include letters, numbers, spaces, dashes, dots and slashes"],
    ["plan", "groupNumber", "GRP#1", "Group number must only include letters, numbers, spaces, dashes, dots and slashes"],
    ["plan", "memberServicesPhone", "555-0142", "Enter a phone number with its area code, for example 1-800-555-0100"],
    ["plan", "memberServicesPhone", "on the back of my card", "Enter a phone number with its area code, for example 1-800-555-0100"],
    ["aboutYou", "phone", "555-0142", "Enter a phone number with its area code, for example 415-555-0100"],
    ["aboutYou", "phone", "916-555-0142-1234-5678", "Enter a phone number with its area code, for example 415-555-0100"],
    ["aboutYou", "phone", "<script>alert(1)</script>", "Enter a phone number with its area code, for example 415-555-0100"],
    ["aboutYou", "phone", "📞 916 555 0142", "Enter a phone number with its area code, for example 415-555-0100"],
    ["aboutYou", "email", "name@example", "Enter an email address in the correct format, like name@example.com"],
    ["aboutYou", "email", "name example.com", "Enter an email address in the correct format, like name@example.com"],
    ["aboutYou", "email", "@example.com", "Enter an email address in the correct format, like name@example.com"],
    ["call", "time", "2:30 PM", "Enter the time of the call, for example 2:30 PM"],
    ["call", "time", "24:00", "Enter the time of the call, for example 2:30 PM"],
    ["call", "time", "9:5", "Enter the time of the call, for example 2:30 PM"],
    ["submit", "timeReceived", "25:00", "Enter the time, for example 3:00 PM"],
    ["submit", "timeReceived", "3pm", "Enter the time, for example 3:00 PM"],
  ])("%s.%s %j: “%s”", (id, field, value, message) => {
    expect(problems(id, withAnswers(id, { [field]: value }))).toEqual([[field, message]]);
  });
});

describe("long answers", () => {
  /** Text of exactly `length` characters, made of real words. */
  const textOf = (length: number) => `${"My knee gave way on the stairs and the pain has not eased. ".repeat(200).slice(0, length - 1)}.`;

  const freeText: [SchemaId, string, string][] = [
    ["plan", "planName", "Plan name"],
    ["plan", "planAddress", "The plan’s address or fax"],
    ["aboutYou", "fullName", "Your full name"],
    ["aboutYou", "address", "Your mailing address"],
    ["aboutYou", "helperName", "Helper’s name"],
    ["aboutYou", "helperRelationship", "Their relationship to you"],
    ["doctor", "name", "Treating doctor’s name"],
    ["doctor", "specialty", "Their specialty"],
    ["doctor", "medicalGroup", "Medical group or IPA"],
    ["doctor", "condition", "Diagnosis or condition"],
    ["doctor", "recommendedTreatment", "Recommended treatment or surgery"],
    ["call", "spokeTo", "Who you spoke to"],
    ["call", "referenceNumber", "Reference number"],
    ["call", "notes", "What they said"],
    ["submit", "otherReason", "Your other reason"],
    ["submit", "secondDoctorName", "Doctor’s name"],
    ["submit", "secondDoctorSpecialty", "Doctor’s specialty"],
    ["submit", "outOfNetworkReason", "Why no doctor in your network can give the opinion"],
    ["decision", "denialReason", "The reason the plan gave"],
    ["decision", "moreInfoWhat", "What the plan asked for"],
  ];

  it("the test text is as long as it says", () => {
    expect(textOf(MAX_TEXT_LENGTH)).toHaveLength(5000);
    expect(textOf(MAX_TEXT_LENGTH + 1)).toHaveLength(5001);
  });

  it.each(freeText)("%s.%s takes 5,000 characters", (id, field) => {
    const answers = withAnswers(id, { [field]: textOf(5000) });
    const result = schemaFor(id, answers).safeParse(answers);
    expect(result.success).toBe(true);
    expect((result.data as Record<string, unknown>)[field]).toBe(textOf(5000));
  });

  it.each(freeText)("%s.%s refuses 5,001 characters: “%s must be 5,000 characters or fewer”", (id, field, label) => {
    expect(problems(id, withAnswers(id, { [field]: textOf(5001) }))).toEqual([[field, `${label} must be 5,000 characters or fewer`]]);
  });
});

describe("any text a member might type is kept as text", () => {
  const texts = [
    ["emoji", "Knee pain 🦵🏽😣 since the fall 👩‍⚕️"],
    ["Arabic (right to left)", "محمد عبد الله"],
    ["Hebrew (right to left)", "דוד כהן, רחוב הרצל 12"],
    ["mixed directions", "Dr. סמית and مستشفى 42"],
    ["a right-to-left override character", "\u202Eevil\u202C name"],
    ["a script tag", "<script>alert('hi')</script>"],
    ["an image tag with an onerror", '<img src=x onerror="alert(1)">'],
    ["SQL", "Robert'); DROP TABLE members;--"],
    ["accents and apostrophes", "Zoë O’Brien-Łukasiewicz"],
    ["CJK", "山田 太郎"],
    ["several lines", "1427 Alder Street\nApt 3\nSacramento, CA 95814"],
  ] as const;
  const fields: [SchemaId, string][] = [
    ["plan", "planName"],
    ["aboutYou", "fullName"],
    ["aboutYou", "address"],
    ["aboutYou", "helperName"],
    ["doctor", "name"],
    ["doctor", "condition"],
    ["call", "notes"],
    ["submit", "otherReason"],
    ["decision", "denialReason"],
  ];
  const cases = fields.flatMap(([id, field]) => texts.map(([kind, text]) => [id, field, kind, text] as const));

  it.each(cases)("%s.%s accepts %s, unchanged", (id, field, _kind, text) => {
    const answers = withAnswers(id, { [field]: text });
    const result = schemaFor(id, answers).safeParse(answers);
    expect(result.success).toBe(true);
    expect((result.data as Record<string, unknown>)[field]).toBe(text);
  });
});

describe("no message ever says “Invalid”", () => {
  const fix = /^(Enter|Select|Add|Describe|Explain) |\bmust\b/;

  /** What each step's form sends when nothing is filled in: "" for text, null for radios, [] for checkboxes. */
  const emptyForms: Record<SchemaId, Record<string, unknown>> = {
    coverage: { source: null },
    plan: { planType: null, regulator: null, planName: "", memberId: "", groupNumber: "", memberServicesPhone: "", planAddress: "" },
    aboutYou: { fullName: "", dateOfBirth: noDate, address: "", phone: "", email: "", hasHelper: null, helperName: "", helperRelationship: "" },
    doctor: { name: "", specialty: "", medicalGroup: "", condition: "", recommendedTreatment: "", willRequest: null, dateDiscussed: noDate },
    memberServices: { contacted: null, calls: [] },
    submit: {
      reasons: [],
      otherReason: "",
      urgent: null,
      secondDoctorName: "",
      secondDoctorSpecialty: "",
      secondDoctorInNetwork: null,
      outOfNetworkRequested: null,
      outOfNetworkReason: "",
      enclosures: [],
      sentMethod: null,
      dateSent: noDate,
      dateReceived: noDate,
      timeReceived: "",
    },
    decision: {
      outcome: null,
      planGivenDueDate: noDate,
      appointmentDate: noDate,
      denialDate: noDate,
      denialReason: "",
      moreInfoWhat: "",
      moreInfoReceivedDate: noDate,
      grievanceFiledDate: noDate,
    },
    call: { id: "call-2", date: noDate, time: "", spokeTo: "", referenceNumber: "", notes: "" },
  };

  const fieldsOf = (id: SchemaId, kind: "text" | "date" | "radio") =>
    Object.entries(emptyForms[id])
      .filter(([field, value]) =>
        kind === "text" ? value === "" && field !== "id" : kind === "date" ? value === noDate : value === null,
      )
      .map(([field]) => field);
  /** `answers` with every text field of the step set to `text`. */
  const setText = (id: SchemaId, answers: Record<string, unknown>, text: string) => ({
    ...answers,
    ...Object.fromEntries(fieldsOf(id, "text").map((field) => [field, text])),
  });
  /** `answers` with every date of the step set to `parts`. */
  const setDates = (id: SchemaId, answers: Record<string, unknown>, parts: ReturnType<typeof date>) => ({
    ...answers,
    ...Object.fromEntries(fieldsOf(id, "date").map((field) => [field, parts])),
  });
  /** `answers` with every radio of the step unanswered (react-hook-form gives null). */
  const unsetRadios = (id: SchemaId, answers: Record<string, unknown>) => ({
    ...answers,
    ...Object.fromEntries(fieldsOf(id, "radio").map((field) => [field, null])),
  });

  const ids = Object.keys(emptyForms) as SchemaId[];
  const inputs: [string, SchemaId, unknown][] = ids.flatMap((id): [string, SchemaId, unknown][] => [
    // A call always has the id the call log gives it.
    ["nothing at all", id, id === "call" ? { id: "call-2" } : {}],
    ["an empty form", id, emptyForms[id]],
    ["only spaces", id, setDates(id, setText(id, emptyForms[id], "   "), date(" ", " ", " "))],
    ["gibberish everywhere", id, setDates(id, setText(id, emptyForms[id], "zzz <script>"), date("x", "y", "z"))],
    ["half-typed dates", id, setDates(id, emptyForms[id], date("2", "", "26"))],
    ["impossible dates", id, setDates(id, emptyForms[id], date("2", "30", "2027"))],
    ["far-future dates", id, setDates(id, emptyForms[id], date("1", "1", "2999"))],
    ["radios unanswered, everything else good", id, unsetRadios(id, withAnswers(id, {}))],
  ]).filter(([name, id]) => !(name.startsWith("radios") && fieldsOf(id, "radio").length === 0));
  inputs.push(
    ["helper needed, nothing else", "aboutYou", { ...withAnswers("aboutYou", {}), hasHelper: "yes", helperName: "", helperRelationship: "" }],
    ["out of network, nothing else", "submit", { ...withAnswers("submit", {}), secondDoctorInNetwork: "no", outOfNetworkRequested: null, outOfNetworkReason: "" }],
    ["other reason, sent, no date", "submit", { ...withAnswers("submit", {}), reasons: ["other"], otherReason: "", dateSent: noDate }],
    ["denied, more info, nothing else", "decision", { outcome: "denied", denialDate: date("", "4", "") }],
    ["more info, nothing else", "decision", { outcome: "more-info" }],
    ["called, no calls", "memberServices", { contacted: "yes" }],
    ["called, an empty call", "memberServices", { contacted: "yes", calls: [emptyForms.call] }],
  );

  it.each(inputs)("%s on the %s step", (_name, id, answers) => {
    const found = problems(id, answers);
    expect(found.length).toBeGreaterThan(0);
    for (const [path, message] of found) {
      expect(message, path).not.toMatch(/invalid/i);
      expect(message, path).not.toMatch(/\bexpected\b|\bundefined\b|\bnull\b|\bNaN\b/i);
      expect(message, `${path} should say how to fix it`).toMatch(fix);
    }
  });
});
