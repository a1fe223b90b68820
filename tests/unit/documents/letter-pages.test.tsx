import { english } from "@/lib/documents/language/en";
import { describe, expect, it } from "vitest";
import { letterText } from "@/content/documents/letter";
import { grievanceDocument } from "@/lib/documents/grievance";
import { letterDocument } from "@/lib/documents/letter";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { completeHmoRequest } from "../../support/requests.mjs";
import { hmoUrgentRequest, input } from "./fixtures";
import { renderAndParse, squash } from "./pdf-helpers";

/** A full member, as the e2e journey fills it in, asking for one reason, a doctor in the network and nothing enclosed (no helper, so no authorization either). */
function oneReasonNoEnclosures(): SecondOpinionRequest {
  const request = completeHmoRequest();
  request.aboutYou.hasHelper = "no";
  request.submit = {
    ...request.submit,
    reasons: ["questions-surgery"],
    otherReason: undefined,
    secondDoctorInNetwork: "yes",
    outOfNetworkRequested: undefined,
    outOfNetworkReason: undefined,
    enclosures: [],
  };
  return request;
}

/**
 * A member who wrote a great deal: every reason, long answers, many calls, a
 * long denial. `extra` sentences more of the other reason move the end of the
 * letter down the page, line by line.
 */
function longRequest(extra: number): SecondOpinionRequest {
  const request = hmoUrgentRequest();
  const long = (sentence: string, times: number) => Array.from({ length: times }, () => sentence).join(" ");
  request.submit = {
    ...request.submit,
    reasons: ["questions-surgery", "serious-condition", "unclear-diagnosis", "not-improving", "other"],
    otherReason: long("The weakness in my left leg got worse in two weeks and I need a decision before I lose more function.", 6 + extra),
    outOfNetworkReason: long("No spine surgeon in my medical group or within 100 miles treats this condition without fusion.", 5),
  };
  request.memberServices = {
    contacted: "yes",
    calls: Array.from({ length: 6 }, (_, index) => ({
      id: `call-${index}`,
      date: { month: "11", day: String(10 + index), year: "2026" },
      spokeTo: `Agent ${index + 1}`,
      referenceNumber: `REF-${1000 + index}`,
      notes: long("They said they would call me back about the referral.", 3),
    })),
  };
  request.decision = { outcome: "denied", denialDate: { month: "11", day: "25", year: "2026" }, denialReason: long("Not medically necessary.", 8) };
  return request;
}

/** The lines of the body text on the closing's page, before "Sincerely,". */
function bodyLinesBeforeClosing(page: string): string[] {
  const before = page.slice(0, page.indexOf(letterText.closing));
  return before
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !/^Page \d+ of \d+$/.test(line));
}

describe("the letters' pages", () => {
  it("a request with one reason and nothing enclosed fits on one page, signature included", async () => {
    const pdf = await renderAndParse(letterDocument(input(oneReasonNoEnclosures()), english));
    expect(pdf.pages).toHaveLength(1);
    expect(squash(pdf.pages[0]!)).toContain(letterText.signatureLabel);
  });

  it("with a helper, the one enclosure (the authorization) is never separated from its heading", async () => {
    const request = oneReasonNoEnclosures();
    request.aboutYou.hasHelper = "yes";
    const pdf = await renderAndParse(letterDocument(input(request), english));
    const headingPage = pdf.pages.findIndex((page) => page.includes(`${letterText.enclosuresHeading}:`));
    expect(headingPage).toBeGreaterThanOrEqual(0);
    expect(squash(pdf.pages[headingPage]!)).toContain("Authorization for Ana Sánchez");
  });

  for (const [name, document] of [
    ["request letter", letterDocument],
    ["grievance letter", grievanceDocument],
  ] as const) {
    it(`a long ${name}, however far down the page it ends: the closing shares its page with at least two lines of the letter`, async () => {
      // Wherever the letter's text runs out on a page, one of these lengths puts the closing at the page's end.
      for (let extra = 0; extra < 12; extra++) {
        const pdf = await renderAndParse(document(input(longRequest(extra)), english));
        expect(pdf.pages.length).toBeGreaterThan(1);
        const closingPage = pdf.pages.find((page) => page.includes(letterText.closing));
        expect(closingPage).toBeDefined();
        // The running header is one line; the letter's own text must be at least two more.
        expect(bodyLinesBeforeClosing(closingPage!).length, `${extra} sentences more`).toBeGreaterThanOrEqual(3);
        expect(squash(closingPage!)).toContain(letterText.signatureLabel);
      }
    });
  }
});
