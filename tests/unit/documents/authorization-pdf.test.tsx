import { english } from "@/lib/documents/language/en";
import { describe, expect, it } from "vitest";
import { authorizationText } from "@/content/documents/authorization";
import { authorizationDocument } from "@/lib/documents/authorization";
import { buildAuthorization } from "@/lib/documents/authorization/model";
import { grievanceDocument } from "@/lib/documents/grievance";
import { letterDocument } from "@/lib/documents/letter";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { completeHmoRequest } from "../../support/requests.mjs";
import { cdiRoutineRequest, input } from "./fixtures";
import { renderAndParse } from "./pdf-helpers";

/** The fixture member, helped by her daughter Ana Sánchez. */
const helped = (): SecondOpinionRequest => completeHmoRequest();

/** The same member, who now says no one helps (the helper's name is still stored). */
function unhelped(): SecondOpinionRequest {
  const request = completeHmoRequest();
  request.aboutYou.hasHelper = "no";
  return request;
}

describe("the helper's authorization, as a PDF", () => {
  it("names the helper, their relationship, the member's ID and plan, and lasts until withdrawn when no end date is given", async () => {
    const { text, pages } = await renderAndParse(authorizationDocument(input(helped()), english));
    expect(pages).toHaveLength(1);
    expect(text).toContain("Ana Sánchez");
    expect(text).toContain("Relationship to me: Daughter");
    expect(text).toContain("Member ID: XKH 123-456-789");
    expect(text).toContain("Health plan: Blue Shield Trio HMO");
    expect(text).toContain("Date of birth: March 27, 1980");
    expect(text).toContain("It lasts until I withdraw it in writing.");
    expect(text).toContain("Talk with you about this request.");
    // Signed later than it is made: a signature line and a date line, with the member's name.
    expect(text).toMatch(/Member’s signature\s+Date\s+Maria Elena Sánchez/);
  });

  it("with an end date, says the date in words", async () => {
    const request = helped();
    request.aboutYou.authorizationEnds = { month: "6", day: "30", year: "2027" };
    const { text } = await renderAndParse(authorizationDocument(input(request), english));
    expect(text).toContain("It lasts until June 30, 2027, unless I withdraw it in writing before then.");
    expect(text).not.toContain(authorizationText.untilWithdrawn);
  });

  it("there is nothing to authorize without a helper, even with a name left over from an earlier answer", () => {
    expect(buildAuthorization(input(unhelped()), english)).toBeUndefined();
    expect(() => authorizationDocument(input(unhelped()), english)).toThrow();
  });
});

describe("the letters list the authorization as enclosed only when someone helps", () => {
  for (const [name, document] of [
    ["request letter", letterDocument],
    ["grievance letter", grievanceDocument],
  ] as const) {
    it(`${name}: with the daughter helping, it encloses her authorization`, async () => {
      const { text } = await renderAndParse(document(input(helped()), english));
      expect(text).toMatch(/Enclosures:.*• Authorization for Ana Sánchez/);
    });

    it(`${name}: without a helper, no authorization`, async () => {
      const { text } = await renderAndParse(document(input(unhelped()), english));
      expect(text).not.toContain("Authorization for");
      const { text: cdi } = await renderAndParse(document(input(cdiRoutineRequest()), english));
      expect(cdi).not.toContain("Authorization for");
    });
  }
});
