import type { DocumentInput } from "@/lib/documents/types";
import { shownAnswers } from "@/lib/answers/shown";
import { deriveRules } from "@/lib/rules";
import { emptyRequest, type SecondOpinionRequest } from "@/lib/steps/request";

/** A member who filled in everything: an HMO plan, an urgent request, imaging and surgery. */
export function hmoUrgentRequest(): SecondOpinionRequest {
  const request = emptyRequest();
  request.coverage = { source: "job-insured", continueWithoutStateLaw: undefined };
  request.plan = {
    planType: "hmo",
    regulator: "not-sure",
    planName: "Golden State Care HMO",
    memberId: "GSC-448812-07",
    groupNumber: "GRP 20931",
    memberServicesPhone: "1-800-555-0142",
    planAddress: "PO Box 4410\nSacramento, CA 95812",
  };
  request.aboutYou = {
    fullName: "María José García-López",
    dateOfBirth: { month: "3", day: "27", year: "1961" },
    address: "1427 Alder Street, Apt 3\nFresno, CA 93721",
    phone: "(559) 555-0187",
    email: "mjgarcia@example.com",
    hasHelper: "yes",
    helperName: "Ana García",
    helperRelationship: "daughter",
  };
  request.doctor = {
    name: "Dr. Samuel Okafor",
    specialty: "Orthopedic surgery",
    medicalGroup: "Valley Physicians IPA",
    condition: "Severe spinal stenosis at L4–L5 with leg weakness, seen on MRI",
    recommendedTreatment: "Lumbar spinal fusion surgery (L4–L5)",
    willRequest: "no",
    dateDiscussed: { month: "11", day: "3", year: "2026" },
  };
  request.submit = {
    ...request.submit,
    reasons: ["questions-surgery", "serious-condition", "other"],
    otherReason: "The weakness in my left leg got worse in two weeks and I need a decision before I lose more function.",
    urgent: "yes",
    secondDoctorName: "Dr. Lena Whitfield",
    secondDoctorSpecialty: "Neurosurgery",
    secondDoctorInNetwork: "no",
    outOfNetworkRequested: "yes",
    outOfNetworkReason: "No spine surgeon in my medical group or within 100 miles treats this condition without fusion.",
    enclosures: ["insurance-card", "first-opinion-notes", "imaging-disc", "treatment-plan"],
    sentMethod: "fax",
    dateSent: { month: "11", day: "24", year: "2026" },
    dateReceived: { month: "11", day: "24", year: "2026" },
    timeReceived: "15:00",
  };
  return request;
}

/** A member with a CDI-regulated PPO policy and a routine request. */
export function cdiRoutineRequest(): SecondOpinionRequest {
  const request = emptyRequest();
  request.coverage = { source: "individual", continueWithoutStateLaw: undefined };
  request.plan = {
    planType: "ppo",
    regulator: "cdi",
    planName: "Pacific Shield PPO Select",
    memberId: "PSX99120455",
    groupNumber: "IND-7781",
    memberServicesPhone: "1-888-555-0199",
    planAddress: "Pacific Shield Insurance Company\nAttn: Prior Authorization\n2100 Harbor Blvd\nCosta Mesa, CA 92626",
  };
  request.aboutYou = {
    fullName: "Thomas Nguyen",
    dateOfBirth: { month: "8", day: "2", year: "1979" },
    address: "88 Orchard Lane\nSan Jose, CA 95128",
    phone: "408-555-0123",
    email: undefined,
    hasHelper: "no",
    helperName: undefined,
    helperRelationship: undefined,
  };
  request.doctor = {
    name: "Dr. Priya Raman",
    specialty: "Rheumatology",
    medicalGroup: undefined,
    condition: "Possible rheumatoid arthritis; blood tests disagree",
    recommendedTreatment: "Methotrexate, weekly",
    willRequest: "did-not-ask",
    dateDiscussed: undefined,
  };
  request.submit = {
    ...request.submit,
    reasons: ["unclear-diagnosis", "not-improving"],
    urgent: "no",
    secondDoctorName: "Dr. Helen Cho",
    secondDoctorSpecialty: "Rheumatology",
    secondDoctorInNetwork: "yes",
    enclosures: ["lab-results", "current-medicines", "call-log"],
    sentMethod: "mail",
    dateSent: { month: "11", day: "16", year: "2026" },
    dateReceived: { month: "11", day: "18", year: "2026" },
  };
  return request;
}

const TODAY = "2026-11-26";
/** Noon in California on TODAY. */
const NOW = new Date("2026-11-26T20:00:00Z");

/** A member on Medicare who chose to use the letter anyway: no California statute applies. */
export function medicareRequest(): SecondOpinionRequest {
  const request = cdiRoutineRequest();
  request.coverage = { source: "medicare-advantage", continueWithoutStateLaw: true };
  request.plan = { ...request.plan, planType: "ppo", regulator: "not-sure", planName: "Sunrise Medicare Advantage PPO" };
  return request;
}

/** The documents' input, with the real derived rules. */
export function input(request: SecondOpinionRequest): DocumentInput {
  // As the documents page hands them: only the questions the member was asked.
  return { request: shownAnswers(request), rules: deriveRules(request, NOW), today: TODAY };
}
