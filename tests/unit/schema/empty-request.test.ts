import { describe, expect, it } from "vitest";
import { EMPTY_REQUEST, hasAnyAnswer } from "@/lib/schema/empty-request";
import { emptyRequest, requestSchemas } from "@/lib/schema/request";
import { completedSteps } from "@/lib/step-completion";

describe("the hand-written empty request", () => {
  it("is exactly what the schema makes of nothing", () => {
    expect(EMPTY_REQUEST).toEqual(requestSchemas().requestSchema.parse({}));
    expect(EMPTY_REQUEST).toEqual(emptyRequest());
  });

  it("completes no step, so a first visit knows where it stands without loading the schemas", () => {
    // components/request-state/request-provider.tsx relies on this for a member with nothing saved.
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
    expect(hasAnyAnswer(requestSchemas().requestSchema.parse(stored))).toBe(expected);
  });
});
