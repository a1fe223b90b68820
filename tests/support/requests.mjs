// One fixture builder for a member's answers, used by the unit, e2e and bench
// tests alike (plain ESM, so the bench scripts can run it without a build).

/**
 * "Today" for tests that use the fixture: Monday, December 21, 2026, mid-morning
 * in California. Every date in the fixture is on or before it, so the checks'
 * "must be today or in the past" rules pass (unit tests: `vi.setSystemTime`).
 */
export const FIXTURE_NOW = new Date("2026-12-21T18:00:00Z");

/** The key and format version the app saves its answers under (lib/storage). */
export const STORAGE_KEY = "ca-second-opinion:request";
const STORAGE_VERSION = 1;

/**
 * A member who has answered every step of the journey, with an HMO through a
 * job (state law applies), someone helping, one logged call, a request sent by
 * mail and received by the plan on Friday, December 18, 2026, and no decision yet.
 * Every step's check accepts it. A fresh copy each call: change it freely.
 */
export function completeHmoRequest() {
  return {
    coverage: { source: "job-insured" },
    plan: {
      planType: "hmo",
      regulator: "dmhc",
      planName: "Blue Shield Trio HMO",
      memberId: "XKH 123-456-789",
      groupNumber: "W0051234",
      memberServicesPhone: "1-800-FLOWERS",
      planAddress: "PO Box 272540, Chico, CA 95927",
    },
    aboutYou: {
      fullName: "Maria Elena Sánchez",
      dateOfBirth: { month: "3", day: "27", year: "1980" },
      address: "1427 Alder Street, Apt 3, Sacramento, CA 95814",
      phone: "(916) 555-0142 ext. 12",
      email: "maria.sanchez@example.com",
      hasHelper: "yes",
      helperName: "Ana Sánchez",
      helperRelationship: "Daughter",
    },
    doctor: {
      name: "Dr. Samuel Okafor",
      specialty: "Orthopedic surgery",
      medicalGroup: "Valley Physicians IPA",
      condition: "Knee pain after a fall",
      recommendedTreatment: "Knee replacement surgery",
      willRequest: "no",
      dateDiscussed: { month: "11", day: "3", year: "2026" },
    },
    memberServices: {
      contacted: "yes",
      calls: [
        {
          id: "call-1",
          date: { month: "11", day: "20", year: "2026" },
          time: "14:30",
          spokeTo: "Jordan, staff ID 4471",
          referenceNumber: "REF-99812",
          notes: "They said my doctor must send a referral first.",
        },
      ],
    },
    submit: {
      reasons: ["questions-surgery", "other"],
      otherReason: "I want to hear from a surgeon who does not work with my medical group.",
      urgent: "no",
      secondDoctorName: "Dr. Lena Whitfield",
      secondDoctorSpecialty: "Orthopedic surgery",
      secondDoctorInNetwork: "no",
      outOfNetworkRequested: "yes",
      outOfNetworkReason: "No knee surgeon in my network is within 100 miles.",
      enclosures: ["insurance-card", "first-opinion-notes", "call-log"],
      sentMethod: "mail",
      dateSent: { month: "12", day: "17", year: "2026" },
      dateReceived: { month: "12", day: "18", year: "2026" },
      requestReference: "AUTH-2026-55107",
    },
    decision: { outcome: "waiting" },
  };
}

/** A request as the app saves it on a device: the versioned envelope, as text. */
export function savedText(request = completeHmoRequest(), version = STORAGE_VERSION) {
  return JSON.stringify({ version, savedAt: "2026-12-18T17:00:00.000Z", request });
}
