// What "nothing the member typed leaves the device" is checked with: a member
// whose answers nobody else would type, each answer in the forms it could take
// on the wire, and the requests a browser context makes (its pages', workers'
// and service worker's). Used by privacy.spec.ts and offline.spec.ts.
import type { Page, Request } from "@playwright/test";
import { hmoMember, type Member } from "./journey";

/** Answers nobody else would type, so finding one in a request can only mean it leaked. */
export const unusualMember: Member = {
  ...hmoMember,
  planName: "Quillmoor Privacy Health HMO",
  memberId: "QZX 771-204-993",
  groupNumber: "G-QZ4471",
  memberServicesPhone: "1-800-555-0177",
  fullName: "Oriane Vasquez-Thornbury",
  address: "4417 Wrenfield Court\nEureka, CA 95501",
  phone: "(707) 555-0163",
  email: "oriane.thornbury@example.org",
  doctorName: "Dr. Ismene Kowalczyk",
  specialty: "Hepatology",
  medicalGroup: "Redwood Coast Physicians IPA",
  condition: "Autoimmune hepatitis with fibrosis",
  treatment: "Azathioprine and prednisone for two years",
  call: { ...hmoMember.call, spokeTo: "Thaddeus", reference: "REF-QZ99321", notes: "Fax the request to utilization review" },
};

/** Every free-text answer, and the forms it could take on the wire. */
export function typedAnswers(answers: Member): string[] {
  const texts = [
    answers.planName,
    answers.memberId,
    answers.groupNumber,
    answers.memberServicesPhone,
    answers.fullName,
    answers.address,
    ...answers.address.split("\n"),
    answers.phone,
    answers.email,
    answers.doctorName,
    answers.specialty,
    answers.medicalGroup,
    answers.condition,
    answers.treatment,
    answers.call.spokeTo,
    answers.call.reference,
    answers.call.notes,
  ];
  return [
    ...new Set(
      texts.flatMap((text) => [text, encodeURIComponent(text), encodeURIComponent(text).replace(/%20/g, "+"), JSON.stringify(text).slice(1, -1)]),
    ),
  ];
}

/** Every request the page's browser context makes from now on. */
export function recordRequests(page: Page) {
  const requests: Request[] = [];
  page.context().on("request", (request) => requests.push(request));
  return requests;
}

/** The URLs of those requests that went to another origin (data: and blob: URLs stay in the browser). */
export function offOrigin(requests: Request[], appOrigin: string): string[] {
  return requests
    .map((request) => request.url())
    .filter((url) => !url.startsWith("data:") && !url.startsWith("blob:"))
    .filter((url) => new URL(url).origin !== appOrigin);
}
