import { english } from "@/lib/documents/language/en";
import { describe, expect, it } from "vitest";
import { recordItems, surgeryItem } from "@/content/documents/checklist";
import { getReason } from "@/content/legal/reasons";
import { checklistDocument } from "@/lib/documents/checklist";
import { letterDocument } from "@/lib/documents/letter";
import { cdiRoutineRequest, hmoUrgentRequest, input, medicareRequest } from "./fixtures";
import { renderAndParse, squash } from "./pdf-helpers";

const HSC = "California Health and Safety Code §1383.15";
const INS = "California Insurance Code §10123.68";

describe("the request letter PDF", () => {
  it("HMO, regulator not sure, urgent: cites HSC §1383.15, asks for 72 hours and carries every answer", async () => {
    const request = hmoUrgentRequest();
    const pdf = await renderAndParse(letterDocument(input(request), english));
    const { text } = pdf;

    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    for (const expected of ["María José García-López", "GSC-448812-07", "GRP 20931", "Golden State Care HMO"]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain(HSC);
    expect(text).not.toContain("Insurance Code");
    // The regulator was a labelled assumption: the letter does not name one.
    expect(text).not.toMatch(/DMHC|Department of Managed Health Care/);
    expect(text).toContain("URGENT: expedited review requested");
    expect(text).toContain("within 72 hours of receiving");
    for (const id of ["questions-surgery", "serious-condition"] as const) expect(text).toContain(squash(getReason(id).letter));
    expect(text).not.toContain(squash(getReason("unclear-diagnosis").letter));
    expect(text).toContain(`Other reason: ${request.submit.otherReason}`);
    expect(text).toContain("Dr. Lena Whitfield, Neurosurgery");
    expect(text).toContain("authorize this out-of-network second opinion");
    expect(text).toContain(request.submit.outOfNetworkReason);
    for (const id of ["insurance-card", "first-opinion-notes", "imaging-disc"] as const) {
      expect(text).toContain(recordItems[id].letterLabel);
    }
    // Surgery is recommended, so the treatment plan enclosure is the surgical recommendation.
    expect(text).toContain(surgeryItem.letterLabel);
    expect(text).not.toContain(recordItems["lab-results"].letterLabel);
    expect(text).toContain("cc: Dr. Samuel Okafor, Orthopedic surgery (treating doctor)");
    expect(text).toContain("Prepared with the help of Ana García (daughter).");
    expect(text).toMatch(/Page 1 of \d/);

    expect(pdf.info.Title).toBe("Request for a second medical opinion: María José García-López");
    expect(pdf.info.Author).toBe("María José García-López");
    expect(String(pdf.info.Subject)).toContain("Golden State Care HMO");
    expect(pdf.bytes.toString("latin1")).toContain("/Lang (en-US)");
    expect(pdf.bytes.toString("latin1")).toContain("/MediaBox [0 0 612 792]");
  });

  it("CDI policy, routine: cites Insurance Code §10123.68, no urgent wording, no out-of-network request", async () => {
    const request = cdiRoutineRequest();
    const { text } = await renderAndParse(letterDocument(input(request), english));

    for (const expected of ["Thomas Nguyen", "PSX99120455", "IND-7781", "Pacific Shield PPO Select"]) expect(text).toContain(expected);
    expect(text).toContain(INS);
    expect(text).not.toContain("Health and Safety Code");
    expect(text).not.toMatch(/urgent|72 hours|expedited/i);
    for (const id of ["unclear-diagnosis", "not-improving"] as const) expect(text).toContain(squash(getReason(id).letter));
    expect(text).not.toContain(squash(getReason("questions-surgery").letter));
    expect(text).not.toContain("Other reason");
    expect(text).not.toMatch(/out-of-network|outside your network/);
    for (const id of ["lab-results", "current-medicines", "call-log"] as const) expect(text).toContain(recordItems[id].letterLabel);
    expect(text).toContain("cc: Dr. Priya Raman, Rheumatology (treating doctor)");
    // The member typed their own "Attn:" line: no second one.
    expect(text).toContain("Attn: Prior Authorization");
    expect(text).not.toContain("Attn: Member Services");
    expect(text).toContain("Send me a copy of your timelines");
  });

  it("when state law does not apply: no statute, no state-law promises", async () => {
    const { text } = await renderAndParse(letterDocument(input(medicareRequest()), english));
    expect(text).toContain("I am writing to request a second medical opinion");
    expect(text).not.toMatch(/§|Code|California law/);
    expect(text).not.toContain("timelines");
    expect(text).toContain("Sunrise Medicare Advantage PPO");
  });

  it.each(["job-self-funded", "job-not-sure"] as const)("%s (the plan is or may be self-funded): no California law, even with an HMO and DMHC named", async (source) => {
    const request = hmoUrgentRequest();
    request.coverage = { source, continueWithoutStateLaw: true };
    request.plan.regulator = "dmhc";
    const { text } = await renderAndParse(letterDocument(input(request), english));
    expect(text).not.toMatch(/California|§|Code/);
    // The urgent line still covers the law's whole test, in plain words.
    expect(text).toContain("my ability to regain maximum function");
  });

  it("regulator not sure and not an HMO: no statute and no regulator named", async () => {
    const request = cdiRoutineRequest();
    request.plan.regulator = "not-sure";
    const documentInput = input(request);
    expect(documentInput.rules.statute).toBeNull();
    const { text } = await renderAndParse(letterDocument(documentInput, english));
    expect(text).not.toMatch(/§|DMHC|CDI|Department of/);
    expect(text).toContain("Thomas Nguyen");
  });

  it("the urgent heading and the 72-hour request appear only when the member said it is urgent", async () => {
    const request = hmoUrgentRequest();
    request.submit.urgent = "no";
    const { text } = await renderAndParse(letterDocument(input(request), english));
    expect(text).not.toMatch(/URGENT|72 hours|expedited/);
    expect(text).toContain("Send me your decision in writing as soon as possible.");
  });

  it("with nothing entered it still renders a letter, with no empty labels", async () => {
    const { emptyRequest } = await import("@/lib/steps/request");
    const { text, pages } = await renderAndParse(letterDocument(input(emptyRequest()), english));
    expect(pages.length).toBe(1);
    expect(text).toContain("Dear Member Services:");
    expect(text).not.toMatch(/Member ID:|cc:|Enclosures:/);
  });
});

describe("the records checklist PDF", () => {
  it("puts the member, plan and member ID at the top and tailors the rows (urgent, imaging, surgery)", async () => {
    const { text } = await renderAndParse(checklistDocument(input(hmoUrgentRequest()), english));
    expect(text).toContain("Name: María José García-López");
    expect(text).toContain("Plan: Golden State Care HMO");
    expect(text).toContain("Member ID: GSC-448812-07");
    for (const column of ["Requested on", "Sent on", "Sent to"]) expect(text).toContain(column);
    expect(text).toContain("A note from your doctor saying why this is urgent");
    expect(text).toContain(recordItems["imaging-disc"].label);
    expect(text).toContain(surgeryItem.label);
    expect(text).not.toContain(recordItems["treatment-plan"].label);
    expect(text).toContain("Send the letter, and call member services as well.");
    expect(text).toContain("Your plan must answer: by about Friday, November 27, 2026, 3:00 pm (California time)");
    expect(text).toContain("Send copies. Keep the originals.");
  });

  it("a routine case without imaging or surgery has neither row, and gives the business-day date", async () => {
    const { text } = await renderAndParse(checklistDocument(input(cdiRoutineRequest()), english));
    expect(text).not.toContain(recordItems["imaging-disc"].label);
    expect(text).not.toContain(surgeryItem.label);
    expect(text).toContain(recordItems["treatment-plan"].label);
    expect(text).not.toMatch(/urgent/i);
    expect(text).toContain("Your plan must answer: on or about Wednesday, November 25, 2026");
  });

  it("the blank checklist carries no answers and has lines to write on", async () => {
    const { text, info } = await renderAndParse(checklistDocument(null, english));
    expect(text).toContain("Name:");
    expect(text).toContain("Member ID:");
    expect(text).toContain("Date your plan must answer:");
    expect(text).toContain(recordItems["imaging-disc"].label);
    expect(text).not.toMatch(/García|Golden State/);
    expect(info.Author ?? "").toBe("");
  });
});
