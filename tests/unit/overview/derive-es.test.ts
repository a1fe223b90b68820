import { describe, expect, it } from "vitest";
import { completedSteps } from "@/lib/answers/check";
import { deriveOverview as englishOverview } from "@/lib/overview/derive";
import { deriveOverview as spanishOverview } from "@/lib/overview/derive-es";
import { completeHmoRequest, FIXTURE_NOW } from "@/tests/support/requests.mjs";
import type { SecondOpinionRequest } from "@/lib/steps/request";

describe("the start page's overview in Spanish", () => {
  const request = completeHmoRequest() as SecondOpinionRequest;
  const completed = completedSteps(request, "2026-12-21");
  const english = englishOverview(request, completed, FIXTURE_NOW);
  const spanish = spanishOverview(request, completed, FIXTURE_NOW);

  it("has the English tasks and statuses", () => {
    expect(spanish.tasks).toEqual(english.tasks);
    expect(spanish.next?.kind).toBe(english.next?.kind);
  });

  it("words the next date in Spanish", () => {
    expect(english.next?.when).toBe("on or about Monday, December 28, 2026");
    expect(spanish.next?.when).toBe("alrededor del lunes, 28 de diciembre de 2026");
  });
});
