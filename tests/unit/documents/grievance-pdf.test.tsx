import { english } from "@/lib/documents/language/en";
import { describe, expect, it } from "vitest";
import { getReason } from "@/content/legal/reasons";
import { grievanceDocument } from "@/lib/documents/grievance";
import { grievanceFileName } from "@/lib/documents/file-names";
import { emptyRequest, type SecondOpinionRequest } from "@/lib/steps/request";
import { cdiRoutineRequest, hmoUrgentRequest, input, medicareRequest } from "./fixtures";
import { renderAndParse, squash } from "./pdf-helpers";

const HSC = "California Health and Safety Code §1383.15";
const HSC_GRIEVANCE = "California Health and Safety Code §1368.01; 28 CCR §1300.68";
const HSC_URGENT_GRIEVANCE = "California Health and Safety Code §1368.01(b); 28 CCR §1300.68.01";
const CDI_APPEAL = "Code of Federal Regulations, Title 45, §147.136";
const INS = "California Insurance Code §10123.68";

/** Two calls logged out of order, one without a reference number. */
function withCalls(request: SecondOpinionRequest): SecondOpinionRequest {
  request.memberServices = {
    contacted: "yes",
    calls: [
      { id: "b", date: { month: "11", day: "25", year: "2026" }, time: "16:10", spokeTo: "Dana", referenceNumber: "GR-2211", notes: "Still under review" },
      { id: "a", date: { month: "11", day: "20", year: "2026" }, time: undefined, spokeTo: undefined, referenceNumber: "REF-100", notes: undefined },
      { id: "c", date: { month: "11", day: "23", year: "2026" }, time: "09:05", spokeTo: "Lee", referenceNumber: undefined, notes: undefined },
    ],
  };
  return request;
}

/** The HMO member (regulator named: DMHC), urgent, denied in writing on November 25. */
function deniedUrgentDmhc(): SecondOpinionRequest {
  const request = withCalls(hmoUrgentRequest());
  request.plan.regulator = "dmhc";
  request.decision = { ...request.decision, outcome: "denied", denialDate: { month: "11", day: "25", year: "2026" }, denialReason: "Not medically necessary" };
  return request;
}

describe("the grievance letter PDF", () => {
  it("DMHC plan, urgent, denied: cites HSC §1383.15 and the grievance section, asks for expedited review within 3 days, lists the request and calls", async () => {
    const request = deniedUrgentDmhc();
    const pdf = await renderAndParse(grievanceDocument(input(request), english));
    const { text } = pdf;

    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(text).toContain("Attn: Grievance and Appeals Department");
    expect(text).toContain("URGENT: expedited review of this grievance requested");
    expect(text).toContain("Re: Grievance: you denied my request for a second medical opinion");
    expect(text).toContain(`I am filing a grievance about your denial of my request for a second medical opinion, which I made under ${HSC}.`);
    expect(text).toContain(`Please handle this letter as a grievance under ${HSC_GRIEVANCE}.`);
    expect(text).toContain("Please review this grievance on an expedited basis.");
    // The law's whole test: a serious threat, harm to regaining maximum function, or severe pain.
    expect(text).toContain("my ability to regain maximum function; or I am in severe pain.");
    expect(text).toContain(
      `Because my case is urgent, send me your written decision, or a written report on the status of this grievance, within 3 calendar days of receiving it (${HSC_URGENT_GRIEVANCE}).`,
    );
    expect(text).not.toContain("30 calendar days");
    expect(text).toContain("right away (California Health and Safety Code §1368.03)");
    expect(text).not.toContain("Insurance Code");

    // The earlier request and what came of it.
    expect(text).toContain("Sent: November 24, 2026, by fax");
    expect(text).toContain("Received by you: November 24, 2026, 3:00 pm");
    expect(text).toContain("The doctor I asked for: Dr. Lena Whitfield, Neurosurgery");
    expect(text).toContain("Your written denial: November 25, 2026");
    expect(text).toContain("The reason you gave: Not medically necessary");
    expect(text).not.toContain("I have not received a decision");
    expect(text).not.toContain("by my count");

    // The calls, oldest first, with their reference numbers.
    const first = text.indexOf("November 20, 2026: Reference number: REF-100.");
    const second = text.indexOf("November 23, 2026, 9:05 am: I spoke with Lee.");
    const third = text.indexOf("November 25, 2026, 4:10 pm: I spoke with Dana. Reference number: GR-2211. What I was told: Still under review");
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);

    for (const id of ["questions-surgery", "serious-condition"] as const) expect(text).toContain(squash(getReason(id).letter));
    expect(text).toContain("Reverse your denial and authorize the second opinion I asked for.");
    expect(text).toContain("A copy of my request for a second opinion, sent November 24, 2026");
    expect(text).toContain("A copy of your written denial dated November 25, 2026");
    expect(text).toContain("cc: Dr. Samuel Okafor, Orthopedic surgery (treating doctor)");
    expect(text).toContain("Prepared with the help of Ana García (daughter).");
    expect(pdf.info.Title).toBe("Grievance about a second medical opinion request: María José García-López");
    expect(pdf.bytes.toString("latin1")).toContain("/Lang (en-US)");
    expect(grievanceFileName(request.aboutYou.fullName, "2026-11-26")).toBe("second-opinion-grievance-garcia-lopez-2026-11-26.pdf");
  });

  it("a routine request whose grievance the member marks urgent (severe pain): the 3-day answer and DMHC right away", async () => {
    const request = deniedUrgentDmhc();
    request.submit.urgent = "no";
    request.decision.grievanceUrgent = "yes";
    const { text } = await renderAndParse(grievanceDocument(input(request), english));
    expect(text).toContain("URGENT: expedited review of this grievance requested");
    expect(text).toContain(`within 3 calendar days of receiving it (${HSC_URGENT_GRIEVANCE})`);
    expect(text).toContain("right away (California Health and Safety Code §1368.03)");
  });

  it("Medi-Cal managed care: a grievance and appeal", async () => {
    const request = deniedUrgentDmhc();
    request.coverage.source = "medi-cal-managed-care";
    const pdf = await renderAndParse(grievanceDocument(input(request), english));
    expect(pdf.text).toContain("Re: Grievance and appeal: you denied my request for a second medical opinion");
    expect(pdf.text).toContain("I am filing a grievance and appeal about your denial");
    expect(pdf.info.Title).toBe("Grievance and appeal about a second medical opinion request: María José García-López");
  });

  it("a job plan that may be self-funded: no California statute anywhere", async () => {
    const request = deniedUrgentDmhc();
    request.coverage.source = "job-not-sure";
    const { text } = await renderAndParse(grievanceDocument(input(request), english));
    expect(text).not.toMatch(/California|§/);
  });

  it("DMHC plan, routine: the 30-day grievance answer and when DMHC can help", async () => {
    const request = deniedUrgentDmhc();
    request.submit.urgent = "no";
    const { text } = await renderAndParse(grievanceDocument(input(request), english));
    expect(text).toContain(`Send me your written decision on this grievance within 30 calendar days of receiving it (${HSC_GRIEVANCE}).`);
    expect(text).toContain("if this grievance is not resolved within 30 calendar days (California Health and Safety Code §1368.03)");
    expect(text).not.toMatch(/URGENT|expedited|3 calendar days|right away/);
  });

  it("an HMO whose regulator the member is not sure of: cites the statutes, names no regulator", async () => {
    const request = deniedUrgentDmhc();
    request.plan.regulator = "not-sure";
    const { text } = await renderAndParse(grievanceDocument(input(request), english));
    expect(text).toContain(HSC);
    expect(text).toContain(HSC_GRIEVANCE);
    expect(text).not.toMatch(/DMHC|Department of Managed Health Care|§1368\.03/);
  });

  it("CDI policy, routine, no answer: the Insurance Code once, no DMHC clock, the due date by our count", async () => {
    const request = withCalls(cdiRoutineRequest());
    request.decision = { ...request.decision, outcome: "no-answer", planGivenDueDate: { month: "11", day: "24", year: "2026" } };
    const { text } = await renderAndParse(grievanceDocument(input(request), english));
    expect(text).toContain("Re: Grievance: no decision on my request for a second medical opinion");
    expect(text).toContain(`I am filing a grievance because you have not decided my request for a second medical opinion, which I made under ${INS}.`);
    expect(text.split(INS).length - 1).toBe(1);
    expect(text).toContain("Please handle this letter as a grievance through your grievance process.");
    expect(text).toContain(`Send me your written decision on this grievance within 30 calendar days of receiving it (${CDI_APPEAL}).`);
    expect(text).toContain("Your decision was due, by my count: on or about Wednesday, November 25, 2026");
    expect(text).toContain("The date you told me you would decide by: November 24, 2026");
    expect(text).toContain("I have not received a decision.");
    expect(text).toContain("Decide my request and authorize the second opinion I asked for.");
    expect(text).toContain("Sent: November 16, 2026, by mail");
    expect(text).toContain("REF-100");
    expect(text).not.toMatch(/Health and Safety|Managed Health Care|written denial|URGENT|expedited/);
    // The member's "Attn:" line was for the request: the grievance goes to the grievance department.
    expect(text).toContain("Attn: Grievance and Appeals Department");
    expect(text).not.toContain("Attn: Prior Authorization");
    expect(text).toContain("2100 Harbor Blvd");
  });

  it("no answer, received before a holiday only the full state list has (Lincoln Day): the letter gives the latest date, not the likely one", async () => {
    const request = cdiRoutineRequest();
    request.submit = { ...request.submit, dateSent: { month: "2", day: "10", year: "2027" }, dateReceived: { month: "2", day: "10", year: "2027" } };
    request.decision = { ...request.decision, outcome: "no-answer" };
    const { text } = await renderAndParse(grievanceDocument(input(request), english));
    // Likely Thursday, February 18; at the latest Friday, February 19: the plan is not late before then.
    expect(text).toContain("Your decision was due, by my count: on or about Friday, February 19, 2027");
    expect(text).not.toContain("February 18, 2027");
  });

  it("CDI policy, urgent: asks for the insurer's decision within 72 hours, under the federal appeal rule", async () => {
    const request = cdiRoutineRequest();
    request.submit.urgent = "yes";
    request.decision = { ...request.decision, outcome: "denied" };
    const { text } = await renderAndParse(grievanceDocument(input(request), english));
    expect(text).toContain("URGENT: expedited review of this grievance requested");
    expect(text).toContain("Please review this grievance on an expedited basis.");
    expect(text).toContain(`Because my case is urgent, send me your written decision on this grievance within 72 hours of receiving it (${CDI_APPEAL}).`);
    expect(text).not.toMatch(/calendar days|Health and Safety/);
    // No denial date entered: the enclosure and the fields say nothing of one.
    expect(text).toContain("A copy of your written denial");
    expect(text).not.toContain("Your written denial:");
  });

  it("when state law does not apply, or the regulator is unknown: no statute at all", async () => {
    const unknownRegulator = cdiRoutineRequest();
    unknownRegulator.plan.regulator = "not-sure";
    for (const request of [medicareRequest(), unknownRegulator]) {
      const { text } = await renderAndParse(grievanceDocument(input(request), english));
      expect(text).toContain("I am filing a grievance because you have not decided my request for a second medical opinion.");
      expect(text).toContain("through your grievance process");
      expect(text).not.toMatch(/§|Code|calendar days|Department of/);
    }
  });

  it("with nothing entered it still renders a one-page letter, with no empty labels", async () => {
    const { text, pages } = await renderAndParse(grievanceDocument(input(emptyRequest()), english));
    expect(pages.length).toBe(1);
    expect(text).toContain("Dear Grievance and Appeals Department:");
    expect(text).toContain("A copy of my request for a second opinion");
    expect(text).not.toMatch(/Member ID:|cc:|Sent:|Received by you:|My calls to member services|Reference number/);
  });
});

describe("the grievance letter and the request's own reference number", () => {
  it("names the plan's reference number for the request when the member has one, and no such line otherwise", async () => {
    const request = hmoUrgentRequest();
    request.decision = { outcome: "no-answer" };
    const without = await renderAndParse(grievanceDocument(input(request), english));
    expect(without.text).not.toContain("Your reference number for it");
    request.submit.requestReference = "AUTH-2026-55107";
    const withReference = await renderAndParse(grievanceDocument(input(request), english));
    expect(withReference.text).toContain("Your reference number for it: AUTH-2026-55107");
  });
});
