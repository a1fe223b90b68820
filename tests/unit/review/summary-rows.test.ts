import { describe, expect, it } from "vitest";
import { reviewText } from "@/content/steps";
import { dateFormatters } from "@/lib/dates/formatters";
import { whenCalled } from "@/lib/review/describe-call";
import { reviewWords } from "@/lib/review/review-words";
import { summarySections, type SummaryRow } from "@/lib/review/summary-rows";
import { emptyRequest, type RequestSection, type SecondOpinionRequest } from "@/lib/steps/request";
import { completeHmoRequest } from "@/tests/support/requests.mjs";

/** Every row on "Check your answers", keyed "section.field". */
function rowsOf(request: SecondOpinionRequest): Map<string, SummaryRow> {
  return new Map(summarySections(request, reviewWords("en"), dateFormatters.en).flatMap(({ rows }) => rows.map((row) => [`${row.section}.${row.field}`, row] as const)));
}

function completeExcept(change: (request: SecondOpinionRequest) => void): SecondOpinionRequest {
  const request = completeHmoRequest();
  change(request);
  return request;
}

describe("check your answers for the complete HMO request", () => {
  const expected: [string, string, string[]][] = [
    ["coverage.source", "How do you get your health coverage?", ["Through a job: the employer buys insurance from a health plan"]],
    ["plan.planType", "What type of plan is it?", ["HMO"]],
    ["plan.regulator", "Who regulates your plan?", ["Department of Managed Health Care (DMHC)"]],
    ["plan.planName", "Plan name", ["Blue Shield Trio HMO"]],
    ["plan.memberId", "Member ID", ["XKH 123-456-789"]],
    ["plan.groupNumber", "Group number", ["W0051234"]],
    ["plan.memberServicesPhone", "Member services phone number", ["1-800-FLOWERS"]],
    ["plan.planAddress", "Where the plan takes requests", ["PO Box 272540, Chico, CA 95927"]],
    ["aboutYou.fullName", "Your full name", ["Maria Elena Sánchez"]],
    ["aboutYou.dateOfBirth", "Date of birth", ["Thursday, March 27, 1980"]],
    ["aboutYou.address", "Your mailing address", ["1427 Alder Street, Apt 3, Sacramento, CA 95814"]],
    ["aboutYou.phone", "Your phone number", ["(916) 555-0142 ext. 12"]],
    ["aboutYou.email", "Your email address", ["maria.sanchez@example.com"]],
    ["aboutYou.hasHelper", "Is someone helping you with this request?", ["Yes"]],
    ["aboutYou.helperName", "Their full name", ["Ana Sánchez"]],
    ["aboutYou.helperRelationship", "Their relationship to you", ["Daughter"]],
    ["aboutYou.authorizationEnds", "When should their permission to talk with your plan end?", []],
    ["doctor.name", "Treating doctor’s name", ["Dr. Samuel Okafor"]],
    ["doctor.specialty", "Their specialty", ["Orthopedic surgery"]],
    ["doctor.medicalGroup", "Their medical group or IPA", ["Valley Physicians IPA"]],
    ["doctor.condition", "Diagnosis or condition", ["Knee pain after a fall"]],
    ["doctor.recommendedTreatment", "Recommended treatment or surgery", ["Knee replacement surgery"]],
    ["doctor.willRequest", "Will your doctor ask the plan for the second opinion for you?", ["No, I will ask myself"]],
    ["doctor.dateDiscussed", "When did you talk to your doctor about it?", ["Tuesday, November 3, 2026"]],
    ["memberServices.contacted", "Have you called member services about your second opinion?", ["Yes"]],
    [
      "memberServices.calls",
      "Your calls to member services",
      [
        "Call 1: Friday, November 20, 2026, 2:30 pm; spoke to Jordan, staff ID 4471; reference REF-99812; “They said my doctor must send a referral first.”",
      ],
    ],
    [
      "submit.reasons",
      "Why do you want a second opinion?",
      [
        "I’m not sure the surgery I was offered is reasonable or needed.",
        "Another reason. The list in the law is not complete: other reasons can count too.",
      ],
    ],
    ["submit.otherReason", "Your other reason", ["I want to hear from a surgeon who does not work with my medical group."]],
    ["submit.urgent", "Is your request urgent?", ["No"]],
    ["submit.secondDoctorName", "Doctor you would like for the second opinion", ["Dr. Lena Whitfield"]],
    ["submit.secondDoctorSpecialty", "Their specialty", ["Orthopedic surgery"]],
    ["submit.secondDoctorInNetwork", "Is this doctor in your plan’s network?", ["No"]],
    ["submit.outOfNetworkRequested", "Do you want to ask for a doctor outside your plan’s network?", ["Yes"]],
    ["submit.outOfNetworkReason", "Why can no doctor in your network give this opinion?", ["No knee surgeon in my network is within 100 miles."]],
    [
      "submit.enclosures",
      "Records you will send with your request",
      ["A copy of your insurance card", "Your doctor’s written opinion or consultation notes", "Your notes of calls with member services"],
    ],
    ["submit.sentMethod", "How did you send your request?", ["By mail"]],
    ["submit.dateSent", "Date you sent your request", ["Thursday, December 17, 2026"]],
    ["submit.dateReceived", "Date the plan received it", ["Friday, December 18, 2026"]],
    ["submit.requestReference", "Reference number", ["AUTH-2026-55107"]],
    ["decision.planGivenDueDate", "Decision date the plan gave you", []],
    ["decision.outcome", "What has happened with your request?", ["No decision yet, and it is not yet due"]],
  ];

  it.each(expected)("%s: “%s” → %j", (key, label, lines) => {
    const row = rowsOf(completeHmoRequest()).get(key);
    expect(row).toBeDefined();
    expect(row?.label).toBe(label);
    expect(row?.lines).toEqual(lines);
  });

  it("shows exactly these rows, in the order of the steps", () => {
    expect([...rowsOf(completeHmoRequest()).keys()]).toEqual(expected.map(([key]) => key));
    expect(summarySections(completeHmoRequest(), reviewWords("en"), dateFormatters.en).map(({ section }) => section)).toEqual([
      "coverage",
      "plan",
      "aboutYou",
      "doctor",
      "memberServices",
      "submit",
      "decision",
    ]);
  });

  it("every answer the member gave appears somewhere (except the off-ramp choice, which is not a question)", () => {
    const request = completeHmoRequest();
    const rows = rowsOf(request);
    for (const [section, values] of Object.entries(request)) {
      for (const [field, value] of Object.entries(values as Record<string, unknown>)) {
        if (value === undefined || field === "continueWithoutStateLaw") continue;
        expect(rows.get(`${section}.${field}`)?.lines.length, `${section}.${field}`).toBeGreaterThan(0);
      }
    }
  });

  it("no label ends in “(optional)”", () => {
    for (const row of rowsOf(completeHmoRequest()).values()) expect(row.label).not.toMatch(/optional/i);
  });
});

describe("dates are shown in words", () => {
  it.each([
    [{ month: "12", day: "18", year: "2026" }, ["Friday, December 18, 2026"]],
    [{ month: "03", day: "07", year: "1980" }, ["Friday, March 7, 1980"]],
    [{ month: "2", day: "29", year: "2028" }, ["Tuesday, February 29, 2028"]],
    [{ month: "12", day: "31", year: "2026" }, ["Thursday, December 31, 2026"]],
    [{ month: "1", day: "1", year: "1900" }, ["Monday, January 1, 1900"]],
    // Not a real date: shown as typed, so the member can spot it.
    [{ month: "2", day: "30", year: "2027" }, ["2/30/2027"]],
    [{ month: "3", day: "", year: "1980" }, ["3//1980"]],
    [{ month: "", day: "", year: "" }, []],
    [undefined, []],
  ])("date of birth %o → %j", (dateOfBirth, lines) => {
    expect(rowsOf(completeExcept((r) => (r.aboutYou.dateOfBirth = dateOfBirth))).get("aboutYou.dateOfBirth")?.lines).toEqual(lines);
  });
});

describe("the end of the helper's authorization", () => {
  it("is shown in words when given", () => {
    const request = completeExcept((r) => (r.aboutYou.authorizationEnds = { month: "6", day: "30", year: "2027" }));
    expect(rowsOf(request).get("aboutYou.authorizationEnds")?.lines).toEqual(["Wednesday, June 30, 2027"]);
  });
});

describe("choices are shown by their labels", () => {
  it.each<[string, (r: SecondOpinionRequest) => void, string, string[]]>([
    ["Medicare", (r) => (r.coverage.source = "medicare-advantage"), "coverage.source", ["A Medicare Advantage plan"]],
    ["Medi-Cal fee-for-service", (r) => (r.coverage.source = "medi-cal-fee-for-service"), "coverage.source", ["Medi-Cal without a health plan (fee-for-service)"]],
    ["Covered California", (r) => (r.coverage.source = "covered-california"), "coverage.source", ["Covered California"]],
    ["a PPO", (r) => (r.plan.planType = "ppo"), "plan.planType", ["PPO"]],
    ["plan type not sure", (r) => (r.plan.planType = "not-sure"), "plan.planType", ["I’m not sure"]],
    ["CDI", (r) => (r.plan.regulator = "cdi"), "plan.regulator", ["California Department of Insurance (CDI)"]],
    ["no helper", (r) => (r.aboutYou.hasHelper = "no"), "aboutYou.hasHelper", ["No"]],
    ["doctor will ask", (r) => (r.doctor.willRequest = "yes"), "doctor.willRequest", ["Yes, my doctor will ask"]],
    ["doctor not asked", (r) => (r.doctor.willRequest = "did-not-ask"), "doctor.willRequest", ["I didn’t ask"]],
    ["not called yet", (r) => (r.memberServices.contacted = "not-yet"), "memberServices.contacted", ["Not yet"]],
    ["urgent", (r) => (r.submit.urgent = "yes"), "submit.urgent", ["Yes"]],
    ["network not sure", (r) => (r.submit.secondDoctorInNetwork = "not-sure"), "submit.secondDoctorInNetwork", ["I’m not sure"]],
    ["sent through the portal", (r) => (r.submit.sentMethod = "portal"), "submit.sentMethod", ["Through the plan’s website or app"]],
    ["sent by fax", (r) => (r.submit.sentMethod = "fax"), "submit.sentMethod", ["By fax"]],
    ["not sent yet", (r) => (r.submit.sentMethod = "not-yet"), "submit.sentMethod", ["Not sent yet"]],
    ["denied", (r) => (r.decision.outcome = "denied"), "decision.outcome", ["Denied"]],
    ["asked for more", (r) => (r.decision.outcome = "more-info"), "decision.outcome", ["The plan asked for more information"]],
    ["no answer", (r) => (r.decision.outcome = "no-answer"), "decision.outcome", ["No answer, and the due date has passed"]],
    [
      "every reason",
      (r) => (r.submit.reasons = ["serious-condition", "unclear-diagnosis", "not-improving", "concerns-after-trying"]),
      "submit.reasons",
      [
        "I question my diagnosis or treatment plan. My condition could cost me my life, a limb or a body function, or harm me badly. This includes a serious long-term condition.",
        "My signs are unclear or complex, my test results disagree, or my doctor can’t find a diagnosis.",
        "My treatment plan is not helping in a reasonable time. I want another opinion on my diagnosis, or on going on with this treatment.",
        "I have tried to follow my treatment plan, or talked with my doctor about serious concerns with my diagnosis or treatment plan.",
      ],
    ],
    [
      "imaging and labs",
      (r) => (r.submit.enclosures = ["imaging-disc", "lab-results"]),
      "submit.enclosures",
      ["The images themselves, on a disc or by a sharing link", "Recent lab results"],
    ],
    ["no records", (r) => (r.submit.enclosures = []), "submit.enclosures", []],
  ])("%s is shown by its label", (_name, change, key, lines) => {
    expect(rowsOf(completeExcept(change)).get(key)?.lines).toEqual(lines);
  });

  it("no line anywhere shows a stored id instead of words", () => {
    const ids = /^(job-insured|hmo|dmhc|yes|no|not-yet|waiting|mail|questions-surgery|other|insurance-card|call-log)$/;
    for (const row of rowsOf(completeHmoRequest()).values()) {
      for (const line of row.lines) expect(line, `${row.section}.${row.field}`).not.toMatch(ids);
    }
  });
});

describe("rows that depend on an earlier answer", () => {
  const shown = (request: SecondOpinionRequest, key: string) => rowsOf(request).has(key);

  it.each<[string, (r: SecondOpinionRequest) => void, string[], string[]]>([
    ["no one helping", (r) => (r.aboutYou.hasHelper = "no"), [], ["aboutYou.helperName", "aboutYou.helperRelationship", "aboutYou.authorizationEnds"]],
    ["helping question unanswered", (r) => delete r.aboutYou.hasHelper, [], ["aboutYou.helperName", "aboutYou.helperRelationship", "aboutYou.authorizationEnds"]],
    ["someone helping", (r) => (r.aboutYou.hasHelper = "yes"), ["aboutYou.helperName", "aboutYou.helperRelationship", "aboutYou.authorizationEnds"], []],
    ["no “other” reason", (r) => (r.submit.reasons = ["questions-surgery"]), [], ["submit.otherReason"]],
    ["second doctor in network", (r) => (r.submit.secondDoctorInNetwork = "yes"), [], ["submit.outOfNetworkRequested", "submit.outOfNetworkReason"]],
    [
      "second doctor out of network, not asking for it",
      (r) => (r.submit.outOfNetworkRequested = "no"),
      ["submit.outOfNetworkRequested"],
      ["submit.outOfNetworkReason"],
    ],
    ["not sent yet", (r) => (r.submit.sentMethod = "not-yet"), [], ["submit.dateSent", "submit.dateReceived", "submit.requestReference", "submit.timeReceived"]],
    ["sent, not urgent", (r) => (r.submit.urgent = "no"), ["submit.dateSent", "submit.dateReceived", "submit.requestReference"], ["submit.timeReceived"]],
    ["sent, urgent", (r) => (r.submit.urgent = "yes"), ["submit.dateSent", "submit.dateReceived", "submit.requestReference", "submit.timeReceived"], []],
    [
      "waiting",
      (r) => (r.decision.outcome = "waiting"),
      ["decision.planGivenDueDate"],
      ["decision.appointmentDate", "decision.denialDate", "decision.denialReason", "decision.moreInfoWhat", "decision.moreInfoReceivedDate", "decision.grievanceFiledDate"],
    ],
    [
      "approved",
      (r) => (r.decision.outcome = "approved"),
      ["decision.appointmentDate"],
      ["decision.denialDate", "decision.denialReason", "decision.moreInfoWhat", "decision.moreInfoReceivedDate", "decision.grievanceFiledDate"],
    ],
    [
      "denied",
      (r) => (r.decision.outcome = "denied"),
      ["decision.denialDate", "decision.denialReason", "decision.grievanceFiledDate"],
      ["decision.appointmentDate", "decision.moreInfoWhat", "decision.moreInfoReceivedDate"],
    ],
    [
      "more information asked for",
      (r) => (r.decision.outcome = "more-info"),
      ["decision.moreInfoWhat", "decision.moreInfoReceivedDate"],
      ["decision.appointmentDate", "decision.denialDate", "decision.denialReason", "decision.grievanceFiledDate"],
    ],
    [
      "no answer",
      (r) => (r.decision.outcome = "no-answer"),
      ["decision.grievanceFiledDate"],
      ["decision.appointmentDate", "decision.denialDate", "decision.denialReason", "decision.moreInfoWhat", "decision.moreInfoReceivedDate"],
    ],
    [
      "Medicare, chosen to go on",
      (r) => (r.coverage = { source: "medicare-advantage", continueWithoutStateLaw: true }),
      ["coverage.source"],
      ["coverage.continueWithoutStateLaw"],
    ],
  ])("%s: the rows that apply are shown, the others hidden", (_name, change, visible, hidden) => {
    const request = completeExcept(change);
    for (const key of visible) expect(shown(request, key), `${key} should be shown`).toBe(true);
    for (const key of hidden) expect(shown(request, key), `${key} should be hidden`).toBe(false);
  });

  it("an answer left over from an earlier choice is not shown once the choice changes", () => {
    // The helper's name is still stored, but the member now says no one is helping.
    const request = completeExcept((r) => (r.aboutYou.hasHelper = "no"));
    expect(request.aboutYou.helperName).toBe("Ana Sánchez");
    const allLines = [...rowsOf(request).values()].flatMap((row) => row.lines);
    expect(allLines).not.toContain("Ana Sánchez");
  });

  it.each([
    ["urgent, received at 3 pm", "15:00", ["3:00 pm"]],
    ["urgent, received at midnight", "00:00", ["12:00 midnight"]],
    ["urgent, received at noon", "12:00", ["12:00 noon"]],
    ["urgent, time not known", "", []],
  ])("%s → %j", (_name, timeReceived, lines) => {
    const request = completeExcept((r) => Object.assign(r.submit, { urgent: "yes", timeReceived }));
    expect(rowsOf(request).get("submit.timeReceived")?.lines).toEqual(lines);
  });
});

describe("the call log", () => {
  it("lists each call on its own line, numbered", () => {
    const request = completeExcept((r) =>
      r.memberServices.calls.push({ id: "call-2", date: { month: "12", day: "1", year: "2026" }, time: "09:05" }),
    );
    expect(rowsOf(request).get("memberServices.calls")?.lines).toEqual([
      "Call 1: Friday, November 20, 2026, 2:30 pm; spoke to Jordan, staff ID 4471; reference REF-99812; “They said my doctor must send a referral first.”",
      "Call 2: Tuesday, December 1, 2026, 9:05 am",
    ]);
  });

  it.each([
    [{ id: "a", date: { month: "11", day: "20", year: "2026" } }, "Friday, November 20, 2026"],
    [{ id: "a", date: { month: "11", day: "20", year: "2026" }, time: "" }, "Friday, November 20, 2026"],
    [{ id: "a", date: { month: "11", day: "20", year: "2026" }, time: "00:00" }, "Friday, November 20, 2026, 12:00 midnight"],
    [{ id: "a", date: { month: "2", day: "30", year: "2027" } }, "Date not given"],
    [{ id: "a" }, "Date not given"],
  ])("when called (%o): “%s”", (call, text) => {
    expect(whenCalled(call, reviewText.call, dateFormatters.en)).toBe(text);
  });

  it("not called yet: the call log is not asked, so it has no row", () => {
    expect(rowsOf(completeExcept((r) => (r.memberServices = { contacted: "not-yet", calls: [] }))).has("memberServices.calls")).toBe(false);
  });

  it("every row's Change link opens the question on its own page, and comes back", () => {
    expect(rowsOf(completeHmoRequest()).get("plan.memberId")?.changeHref).toBe("/request/plan?change=1#plan-memberId");
    expect(rowsOf(completeHmoRequest()).get("decision.outcome")?.changeHref).toBe("/request/decision?change=1#decision-outcome");
  });
});

describe("whatever was typed is shown back as the same text", () => {
  const texts = [
    ["a script tag", "<script>alert('hi')</script>"],
    ["an image tag", '<img src=x onerror="alert(1)">'],
    ["emoji", "Knee pain 🦵🏽😣 👩‍⚕️"],
    ["Arabic", "محمد عبد الله"],
    ["Hebrew", "דוד כהן"],
    ["5,000 characters", "é".repeat(5000)],
    ["several lines", "1427 Alder Street\nApt 3"],
  ] as const;

  it.each(texts)("%s", (_kind, text) => {
    const request = completeExcept((r) => {
      r.aboutYou.fullName = text;
      r.doctor.condition = text;
      r.submit.otherReason = text;
    });
    const rows = rowsOf(request);
    expect(rows.get("aboutYou.fullName")?.lines).toEqual([text]);
    expect(rows.get("doctor.condition")?.lines).toEqual([text]);
    expect(rows.get("submit.otherReason")?.lines).toEqual([text]);
  });

  it("a call note with a script tag is quoted, not changed", () => {
    const request = completeExcept((r) => (r.memberServices.calls = [{ id: "a", notes: "<script>x()</script>" }]));
    expect(rowsOf(request).get("memberServices.calls")?.lines).toEqual(["Call 1: Date not given; “<script>x()</script>”"]);
  });
});

describe("an empty request", () => {
  it("shows every question with no answer, and no conditional rows", () => {
    const rows = rowsOf(emptyRequest());
    for (const row of rows.values()) expect(row.lines, `${row.section}.${row.field}`).toEqual([]);
    const sections = new Set([...rows.values()].map((row) => row.section));
    expect([...sections]).toEqual(["coverage", "plan", "aboutYou", "doctor", "memberServices", "submit", "decision"] satisfies RequestSection[]);
    expect(rows.has("aboutYou.helperName")).toBe(false);
    expect(rows.has("submit.otherReason")).toBe(false);
    expect(rows.has("decision.denialDate")).toBe(false);
  });
});

describe("Check your answers, in Spanish", () => {
  const spanishRows = new Map(
    summarySections(completeHmoRequest(), reviewWords("es"), dateFormatters.es).flatMap(({ rows }) => rows.map((row) => [`${row.section}.${row.field}`, row] as const)),
  );
  const englishRows = rowsOf(completeHmoRequest());

  it("has the same rows as in English, each named in Spanish, with no “(opcional)” mark", () => {
    expect([...spanishRows.keys()]).toEqual([...englishRows.keys()]);
    for (const [key, row] of spanishRows) {
      expect(row.label, key).not.toBe(englishRows.get(key)?.label);
      expect(row.label, key).not.toMatch(/opcional/);
    }
  });

  it("writes dates in Spanish and keeps what the member typed as typed", () => {
    const spanishDates = [...spanishRows.entries()].filter(([key]) => /^[A-Z][a-z]+day, /.test(englishRows.get(key)?.lines[0] ?? "")).map(([, row]) => row);
    expect(spanishDates.length).toBeGreaterThan(0);
    for (const row of spanishDates) expect(row.lines[0]).toMatch(/^(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \d{1,2} de [a-z]+ de \d{4}$/);
    expect(spanishRows.get("plan.memberId")?.lines).toEqual(englishRows.get("plan.memberId")?.lines);
  });
});
