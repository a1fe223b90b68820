import type { Contact } from "./schemas";

// Section 4 of the facts sheet, exactly as printed there: print only these.
// Agencies without a number in the facts sheet (DHCS, DoD/VA) are named in
// coverage.ts without one: we never invent a number.

const contactList = [
  {
    id: "dmhc-help-center",
    name: "DMHC Help Center",
    description: "The state office that regulates DMHC-licensed health plans. It takes the IMR/Complaint form and decides whether your case is an Independent Medical Review or a complaint.",
    methods: [
      { kind: "phone", label: "Phone", number: "1-888-466-2219" },
      { kind: "tdd", label: "TDD", number: "1-877-688-9891" },
      { kind: "web", label: "Website", url: "www.dmhc.ca.gov" },
      { kind: "web", label: "Help website", url: "www.healthhelp.ca.gov" },
    ],
    verify: false,
    sourceId: "dmhc-website",
  },
  {
    id: "cdi-hotline",
    name: "CDI consumer hotline",
    description: "The state office that regulates health insurance policies. It takes complaints and Independent Medical Review applications.",
    methods: [
      { kind: "phone", label: "Phone", number: "1-800-927-4357" },
      { kind: "web", label: "Website", url: "www.insurance.ca.gov" },
    ],
    verify: false,
    sourceId: "cdi-website",
  },
  {
    id: "health-consumer-alliance",
    name: "Health Consumer Alliance",
    description: "Free help with health coverage problems (funded by DMHC).",
    methods: [
      { kind: "phone", label: "Phone", number: "1-888-804-3536" },
      { kind: "web", label: "Website", url: "healthconsumer.org" },
    ],
    verify: false,
    sourceId: "hca-website",
  },
  {
    id: "hicap",
    name: "HICAP (Medicare counseling)",
    description: "Free counseling about Medicare and Medicare Advantage.",
    methods: [{ kind: "phone", label: "Phone", number: "1-800-434-0222" }],
    verify: true,
    sourceId: "hicap",
  },
  {
    id: "medicare",
    name: "Medicare",
    description: "Answers questions about what Medicare covers.",
    methods: [
      { kind: "phone", label: "Phone (1-800-MEDICARE)", number: "1-800-633-4227" },
      { kind: "web", label: "Website", url: "www.medicare.gov" },
    ],
    verify: false,
    sourceId: "medicare-second-opinion",
  },
  {
    id: "dol-ebsa",
    name: "U.S. Department of Labor, Employee Benefits Security Administration (EBSA)",
    description: "Oversees self-funded job plans and helps with claims and appeals.",
    methods: [
      { kind: "phone", label: "Phone", number: "1-866-444-3272" },
      { kind: "web", label: "Website", url: "www.dol.gov/ebsa" },
    ],
    verify: true,
    sourceId: "dol-ebsa",
  },
  {
    id: "medi-cal-ombudsman",
    name: "Medi-Cal Managed Care Ombudsman",
    description: "Free help for Medi-Cal members with a problem with their health plan.",
    methods: [
      { kind: "phone", label: "Phone", number: "1-888-452-8609" },
      { kind: "web", label: "Website", url: "www.dhcs.ca.gov" },
    ],
    verify: true,
    sourceId: "medi-cal-dhcs",
  },
  {
    id: "state-hearings",
    name: "State Hearings (California Department of Social Services)",
    description: "Takes requests for a Medi-Cal State Hearing.",
    methods: [
      { kind: "phone", label: "Phone", number: "1-800-743-8525" },
      { kind: "web", label: "Website", url: "www.cdss.ca.gov" },
    ],
    verify: true,
    sourceId: "wic-10951",
  },
  {
    id: "dmhc-mail-fax",
    name: "DMHC by mail or fax",
    description: "For sending papers to DMHC. Check the form’s instructions for where to send it.",
    methods: [
      { kind: "mail", label: "Mail", address: "980 Ninth St, Suite 500, Sacramento CA 95814-2725" },
      { kind: "fax", label: "Fax", number: "916-255-5241" },
    ],
    verify: true,
    sourceId: "dmhc-website",
  },
] as const;

type ContactId = (typeof contactList)[number]["id"];

export const contacts: readonly Contact[] = contactList;

export function getContact(id: ContactId | string): Contact {
  const contact = contacts.find((candidate) => candidate.id === id);
  if (!contact) throw new Error(`Unknown contact id: ${id}`);
  return contact;
}
