import { english } from "@/lib/documents/language/en";
import { describe, expect, it } from "vitest";
import { buildRegulatorForm, describeProblem } from "@/lib/documents/regulator-form/model";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { cdiRoutineRequest, hmoUrgentRequest, input, medicareRequest } from "./fixtures";

const date = (month: string, day: string, year = "2026") => ({ month, day, year });

/** The HMO member, not urgent, regulator named: DMHC. */
function dmhcRequest(): SecondOpinionRequest {
  const request = hmoUrgentRequest();
  request.plan.regulator = "dmhc";
  request.submit.urgent = "no";
  return request;
}

type Case = { name: string; decision: Partial<SecondOpinionRequest["decision"]>; dmhc: string[]; cdi: string[]; absent: string[] };

const cases: Case[] = [
  {
    name: "denied with a reason, grievance answered",
    decision: { outcome: "denied", denialDate: date("11", "27"), denialReason: "Not medically necessary", grievanceFiledDate: date("11", "30"), grievanceDecisionDate: date("12", "2") },
    dmhc: ["The plan denied it on November 27, 2026. It said: “Not medically necessary”", "I filed a grievance with the plan on November 30, 2026.", "The plan answered my grievance on December 2, 2026."],
    cdi: ["The plan denied it on November 27, 2026. It said: “Not medically necessary”", "I filed an appeal with the insurer on November 30, 2026.", "The insurer answered my appeal on December 2, 2026."],
    absent: ["has not answered", "did not give a reason"],
  },
  {
    name: "denied without a reason, grievance not answered",
    decision: { outcome: "denied", denialDate: date("11", "27"), grievanceFiledDate: date("11", "30") },
    dmhc: ["The plan denied it on November 27, 2026. It did not give a reason.", "I filed a grievance with the plan on November 30, 2026.", "The plan has not answered my grievance."],
    cdi: ["It did not give a reason.", "I filed an appeal with the insurer on November 30, 2026.", "The insurer has not answered my appeal."],
    absent: ["It said:", "The plan answered my", "The insurer answered my"],
  },
  {
    name: "no answer, no grievance yet",
    decision: { outcome: "no-answer" },
    dmhc: ["The plan has not decided. It should have decided by"],
    cdi: ["The plan has not decided. It should have decided by"],
    absent: ["denied it", "grievance", "appeal"],
  },
  {
    name: "more information asked, received",
    decision: { outcome: "more-info", moreInfoWhat: "The MRI report.", moreInfoReceivedDate: date("11", "26") },
    dmhc: ["The plan asked me for more information: The MRI report.", "The plan got that information on November 26, 2026.", "The plan has still not decided."],
    cdi: ["The plan asked me for more information: The MRI report.", "The plan has still not decided."],
    absent: ["denied it"],
  },
];

describe("the drafted description of the problem", () => {
  describe.each(["dmhc", "cdi"] as const)("in %s wording", (regulator) => {
    it.each(cases)("$name", ({ decision, absent, ...expected }) => {
      const request = regulator === "dmhc" ? dmhcRequest() : cdiRoutineRequest();
      request.decision = { ...request.decision, ...decision };
      const [description] = describeProblem(input(request), regulator, english);
      expect(description).toMatch(/^On November (24|16), 2026 I asked .+ to cover a second medical opinion/);
      for (const words of expected[regulator]) expect(description).toContain(words);
      for (const words of absent) expect(description).not.toContain(words);
      expect(description).toMatch(/I want the plan to cover my second opinion( from .+)?\.$/);
    });
  });

  it("says the case is urgent when the request is", () => {
    const request = hmoUrgentRequest();
    request.plan.regulator = "dmhc";
    request.decision = { ...request.decision, outcome: "denied", denialDate: date("11", "25") };
    expect(describeProblem(input(request), "dmhc", english)[0]).toContain("My case is urgent.");
  });
});

const allText = (request: SecondOpinionRequest) =>
  buildRegulatorForm(input(request), english)
    .blocks.flatMap((block) =>
      block.kind === "heading" || block.kind === "paragraph" ? [block.text] : block.kind === "list" ? block.items : block.items.map((item) => `${item.label}: ${item.value ?? ""}`),
    )
    .join("\n");

describe("the regulator-form answers", () => {
  it("DMHC: the member's answers, blanks for what the app does not ask, the mail address and fax, never the official form", () => {
    const request = dmhcRequest();
    request.decision = { ...request.decision, outcome: "denied", denialDate: date("11", "27"), grievanceFiledDate: date("11", "30"), grievanceDecisionDate: date("12", "2") };
    const model = buildRegulatorForm(input(request), english);
    expect(model.kind).toBe("dmhc");
    const text = allText(request);
    for (const words of ["Member ID: GSC-448812-07", "Medical group: Valley Physicians IPA", "Sex: \n", "Employer: \n", "Primary language: \n", "980 Ninth St, Suite 500, Sacramento CA 95814-2725", "916-255-5241", "www.dmhc.ca.gov", "This is not the official form.", "Send copies, not originals."]) {
      expect(text).toContain(words);
    }
    expect(text).toContain("The last day to send it: on or about Wednesday, June 2, 2027.");
    expect(text).not.toContain("1-800-927-4357");
  });

  it("CDI: the CDI hotline and website, no DMHC mail or fax", () => {
    const request = cdiRoutineRequest();
    request.decision = { ...request.decision, outcome: "denied", denialDate: date("11", "27") };
    const text = allText(request);
    expect(text).toContain("1-800-927-4357");
    expect(text).toContain("www.insurance.ca.gov");
    expect(text).not.toContain("980 Ninth St");
    expect(text).not.toContain("916-255-5241");
  });

  it("unknown regulator: how to tell first, no answers to copy", () => {
    const request = hmoUrgentRequest();
    request.decision = { ...request.decision, outcome: "denied", denialDate: date("11", "27") };
    const model = buildRegulatorForm(input(request), english);
    expect(model.kind).toBe("unknown");
    expect(allText(request)).toContain("How to tell");
    expect(allText(request)).not.toContain("Member ID");
  });

  it("off-ramped coverage: not offered, and says where to go instead", () => {
    const request = medicareRequest();
    const model = buildRegulatorForm(input(request), english);
    expect(model.kind).toBe("not-offered");
    expect(allText(request)).toContain("does not apply to your coverage");
    expect(allText(request)).toContain("Where to go instead");
  });
});
