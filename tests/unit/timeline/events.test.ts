import { describe, expect, it } from "vitest";
import { timelineText } from "@/content/timeline";
import { deriveRules } from "@/lib/rules";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { buildTimeline } from "@/lib/timeline/events";
import { completeHmoRequest, FIXTURE_NOW } from "../../support/requests.mjs";

/** The fixture member, denied, with a grievance and calls logged out of order (one of them undated). */
function deniedWithCallsOutOfOrder(): SecondOpinionRequest {
  const request = completeHmoRequest();
  request.memberServices.calls = [
    { id: "late", date: { month: "12", day: "20", year: "2026" }, time: "09:15", spokeTo: "Sam", referenceNumber: "REF-3", notes: "Denied." },
    { id: "undated", spokeTo: "Someone", referenceNumber: "REF-X" },
    { id: "early", date: { month: "11", day: "20", year: "2026" }, time: "14:30", spokeTo: "Jordan", referenceNumber: "REF-1" },
    { id: "same-day-earlier", date: { month: "12", day: "20", year: "2026" }, time: "08:05", referenceNumber: "REF-2" },
  ];
  request.decision = {
    outcome: "denied",
    denialDate: { month: "12", day: "19", year: "2026" },
    denialReason: "Not medically necessary",
    grievanceFiledDate: { month: "12", day: "21", year: "2026" },
  };
  return request;
}

const timelineOf = (request: SecondOpinionRequest) => buildTimeline(request, deriveRules(request, FIXTURE_NOW).deadlines);
const events = timelineText.events;

describe("My case so far", () => {
  it("puts every date in order, whatever order the calls were logged in, undated ones last", () => {
    const timeline = timelineOf(deniedWithCallsOutOfOrder());
    const dated = timeline.filter((event) => event.date);
    const keys = dated.map((event) => `${event.date} ${event.time ?? ""}`);
    expect(keys).toEqual([...keys].sort());
    expect(timeline.at(-1)?.details).toContain(timelineText.details.reference("REF-X"));
    expect(timeline.at(-1)?.date).toBeUndefined();

    const calls = timeline.filter((event) => event.what === events.call).map((event) => event.details.find((detail) => detail.startsWith("Reference")));
    expect(calls).toEqual(["REF-1", "REF-2", "REF-3", "REF-X"].map(timelineText.details.reference));
  });

  it("has each step of the journey, in the order it happened, with the plan's dates and their sources", () => {
    const timeline = timelineOf(deniedWithCallsOutOfOrder());
    const whats = timeline.map((event) => event.what);
    const order = [
      events.doctor("Dr. Samuel Okafor"),
      events.call,
      events.sent("by mail"),
      events.received,
      events.denied,
      events.grievanceFiled,
      events.likelyDecision,
      events.grievanceAnswerDue,
      events.imrApplyBy,
    ];
    const positions = order.map((what) => whats.indexOf(what));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));

    const sent = timeline.find((event) => event.what === events.sent("by mail"));
    expect(sent?.date).toBe("2026-12-17");
    expect(sent?.details).toContain(timelineText.details.reference("AUTH-2026-55107"));
    const likely = timeline.find((event) => event.what === events.likelyDecision);
    expect(likely?.approximate).toBe(true);
    expect(likely?.details.some((detail) => detail.startsWith("Source: California Health and Safety Code"))).toBe(true);
    const imr = timeline.find((event) => event.what === events.imrApplyBy);
    expect(imr?.details.some((detail) => detail.startsWith("Source:"))).toBe(true);
    expect(timeline.find((event) => event.what === events.denied)?.details).toContain(timelineText.details.reason("Not medically necessary"));
  });

  it("gives the latest decision date after the likely one when a state holiday falls between", () => {
    const request = completeHmoRequest();
    // Received Wednesday, February 10, 2027: Lincoln Day is a state holiday (Gov. Code §6700) state offices stay open on.
    request.submit = { ...request.submit, dateSent: { month: "2", day: "9", year: "2027" }, dateReceived: { month: "2", day: "10", year: "2027" } };
    const timeline = timelineOf(request);
    const likely = timeline.findIndex((event) => event.what === events.likelyDecision);
    const latest = timeline.findIndex((event) => event.what === events.latestDecision);
    expect(likely).toBeGreaterThanOrEqual(0);
    expect(latest).toBeGreaterThan(likely);
    expect([timeline[likely]!.date, timeline[latest]!.date]).toEqual(["2027-02-18", "2027-02-19"]);
  });

  it("a request not sent yet has no sending or deadline lines", () => {
    const request = completeHmoRequest();
    request.submit = { ...request.submit, sentMethod: "not-yet", dateSent: undefined, dateReceived: undefined };
    const whats = timelineOf(request).map((event) => event.what);
    expect(whats).not.toContain(events.received);
    expect(whats).not.toContain(events.likelyDecision);
  });
});
