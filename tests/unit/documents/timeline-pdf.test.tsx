import { english } from "@/lib/documents/language/en";
import { describe, expect, it } from "vitest";
import { timelineText } from "@/content/timeline";
import { timelineDocument } from "@/lib/documents/timeline";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { completeHmoRequest } from "../../support/requests.mjs";
import { input } from "./fixtures";
import { renderAndParse } from "./pdf-helpers";

/** The fixture member, denied, with a second call logged before the first one. */
function denied(): SecondOpinionRequest {
  const request = completeHmoRequest();
  request.memberServices.calls.unshift({ id: "later", date: { month: "12", day: "20", year: "2026" }, spokeTo: "Sam", referenceNumber: "REF-LATER" });
  request.decision = { outcome: "denied", denialDate: { month: "12", day: "19", year: "2026" }, grievanceFiledDate: { month: "12", day: "21", year: "2026" } };
  return request;
}

describe("My case so far, as a PDF", () => {
  it("reads in date order: doctor, calls, request and its reference number, denial, grievance, due dates, IMR window", async () => {
    const { text, pages } = await renderAndParse(timelineDocument(input(denied()), english));
    expect(pages).toHaveLength(1);
    const events = timelineText.events;
    const inOrder = [
      "Tuesday, November 3, 2026",
      events.doctor("Dr. Samuel Okafor"),
      "REF-99812",
      events.sent("by mail"),
      "AUTH-2026-55107",
      events.received,
      events.denied,
      "REF-LATER",
      events.grievanceFiled,
      events.grievanceAnswerDue,
      events.imrApplyBy,
    ];
    const positions = inOrder.map((words) => text.indexOf(words));
    expect(positions.every((position) => position >= 0), JSON.stringify(inOrder.filter((_, index) => positions[index]! < 0))).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).toContain("Maria Elena Sánchez");
    expect(text).toContain("XKH 123-456-789");
  });
});
