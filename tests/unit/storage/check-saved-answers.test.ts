import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { steps } from "@/lib/flow";
import { emptyRequest } from "@/lib/schema/request";
import { checkSavedAnswers } from "@/lib/storage/check-saved-answers";
import { STORAGE_VERSION } from "@/lib/storage/request-storage";
import { completeHmoRequest, FIXTURE_NOW } from "../fixtures/requests";

const saved = (request: unknown) => JSON.stringify({ version: STORAGE_VERSION, savedAt: "2026-12-18T17:00:00.000Z", request });

// The steps' dates are checked against today: use the day the fixture was written for.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(FIXTURE_NOW);
});
afterAll(() => {
  vi.useRealTimers();
});

const coverageOnly = { ...emptyRequest(), coverage: completeHmoRequest().coverage };

describe("checking the saved answers (what the worker hands the page)", () => {
  it.each([
    { case: "a complete request", text: saved(completeHmoRequest()), request: completeHmoRequest(), notices: [], completed: steps.map((step) => step.id) },
    { case: "only the coverage step answered", text: saved(coverageOnly), request: coverageOnly, notices: [], completed: ["coverage"] },
    { case: "nothing saved", text: null, request: emptyRequest(), notices: [], completed: [] },
    { case: "text that is not JSON", text: "{\"version\":1,", request: emptyRequest(), notices: [{ kind: "unreadable" }], completed: [] },
  ])("$case: the answers, what to tell the member, and the steps done", ({ text, request, notices, completed }) => {
    expect(checkSavedAnswers(text)).toEqual({ request, notices, completed });
  });

  it("keeps the valid answers of a request with a bad field, and names the field reset", () => {
    const broken = { ...completeHmoRequest(), aboutYou: { ...completeHmoRequest().aboutYou, fullName: 42 } };
    const checked = checkSavedAnswers(saved(broken));
    expect(checked.request.aboutYou.fullName).toBeUndefined();
    expect(checked.request.doctor).toEqual(completeHmoRequest().doctor);
    expect(checked.notices).toEqual([{ kind: "fields-reset", fields: [expect.objectContaining({ section: "aboutYou" })] }]);
    expect(checked.completed).not.toContain("aboutYou");
  });

  it("is plain data, so it crosses from the worker to the page unchanged", () => {
    const checked = checkSavedAnswers(saved(completeHmoRequest()));
    expect(structuredClone(checked)).toEqual(checked);
    expect(checked.completed).toBeInstanceOf(Array);
  });
});

describe("the answers' worker", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it("answers the saved text it is sent with the checked answers", async () => {
    const workerScope: { onmessage?: (event: { data: string | null }) => void; postMessage: ReturnType<typeof vi.fn> } = { postMessage: vi.fn() };
    vi.stubGlobal("self", workerScope);
    await import("@/lib/storage/check-saved-answers.worker");
    workerScope.onmessage?.({ data: saved(coverageOnly) });
    expect(workerScope.postMessage).toHaveBeenCalledWith({ request: coverageOnly, notices: [], completed: ["coverage"] });
  });
});
