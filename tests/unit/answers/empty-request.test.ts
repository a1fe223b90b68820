import { describe, expect, it } from "vitest";
import { completedSteps } from "@/lib/answers/check";
import { readRequest } from "@/lib/answers/read";
import { EMPTY_REQUEST, emptyRequest, hasAnyAnswer } from "@/lib/steps/request";

describe("the empty request", () => {
  it("is exactly what the reader makes of nothing", () => {
    expect(EMPTY_REQUEST).toEqual(readRequest({}).request);
    expect(EMPTY_REQUEST).toEqual(emptyRequest());
  });

  it("completes no step", () => {
    expect([...completedSteps(EMPTY_REQUEST)]).toEqual([]);
  });

  it.each([
    ["nothing", {}, false],
    ["an empty date", { aboutYou: { dateOfBirth: { month: "", day: "", year: "" } } }, false],
    ["a blank name", { aboutYou: { fullName: "" } }, false],
    ["a name", { aboutYou: { fullName: "Maria" } }, true],
    ["one reason", { submit: { reasons: ["other"] } }, true],
    ["a half-typed date", { aboutYou: { dateOfBirth: { month: "3", day: "", year: "" } } }, true],
    ["a call", { memberServices: { calls: [{ id: "1" }] } }, true],
  ])("with %s, has answers: %s", (_, stored, expected) => {
    expect(hasAnyAnswer(readRequest(stored).request)).toBe(expected);
  });
});
