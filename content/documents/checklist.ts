// Wording of the records checklist. These are practical steps, not legal
// facts: the legal facts (deadlines, who regulates) come from lib/rules and
// content/ owned by the rules.

import type { EnclosureId } from "@/lib/steps/options";

export const checklistText = {
  title: "Records checklist for your second-opinion request",
  intro:
    "Gather these records and send copies with your request, or ask your doctor’s office to send them. Check off each one. Write down when you asked for it, when you sent it and who you sent it to.",
  nameLabel: "Name",
  planLabel: "Plan",
  memberIdLabel: "Member ID",
  dueLabel: "Your plan must answer",
  dueBlankLabel: "Date your plan must answer",
  columns: { item: "Record", requestedOn: "Requested on", sentOn: "Sent on", sentTo: "Sent to" },
  enclosedNote: "Listed as enclosed in your letter",
  tipsHeading: "Tips",
  footer: "General information, not legal advice.",
  /** Accessible name of an empty check box in the print view. */
  checkboxLabel: (item: string) => `Done: ${item}`,
} as const;

export type ChecklistItemText = {
  /** The row's title. */
  label: string;
  /** One short line under the title: what exactly, or where to get it. */
  detail?: string;
};

/** One row per record; the ids are the ones the letter's enclosures use. */
export const recordItems: Record<EnclosureId, ChecklistItemText & { letterLabel: string }> = {
  "insurance-card": {
    label: "A copy of your insurance card",
    detail: "Front and back.",
    letterLabel: "Copy of my insurance card (front and back)",
  },
  "first-opinion-notes": {
    label: "Your doctor’s written opinion or consultation notes",
    detail: "Ask your doctor’s office for the notes from your visit.",
    letterLabel: "My treating doctor’s written opinion or consultation notes",
  },
  "diagnosis-reports": {
    label: "Reports for the diagnosis",
    detail: "For example, biopsy reports (pathology) and reports on scans or X-rays (imaging).",
    letterLabel: "Reports supporting the diagnosis (for example pathology and imaging reports)",
  },
  "imaging-disc": {
    label: "The images themselves, on a disc or by a sharing link",
    detail: "Ask the imaging center or hospital.",
    letterLabel: "Imaging studies (images on disc or by sharing link)",
  },
  "lab-results": {
    label: "Recent lab results",
    letterLabel: "Recent lab results",
  },
  "current-medicines": {
    label: "A list of your current medicines",
    detail: "Include the dose of each, and any allergies.",
    letterLabel: "List of my current medicines",
  },
  "treatment-plan": {
    label: "The treatment plan your doctor recommended",
    letterLabel: "The recommended treatment plan",
  },
  "referral-forms": {
    label: "Any referral or authorization forms",
    detail: "Filled in and signed where needed.",
    letterLabel: "Referral or authorization forms",
  },
  "call-log": {
    label: "Your notes of calls with member services",
    detail: "Dates, names and reference numbers.",
    letterLabel: "My notes of calls with member services",
  },
};

/** Replacements used when the answers show surgery is recommended. */
export const surgeryItem: ChecklistItemText & { letterLabel: string } = {
  label: "The surgeon’s written recommendation for surgery",
  detail: "It should name the operation and say why it is recommended.",
  letterLabel: "The written recommendation for surgery",
};

/** Extra rows that are not enclosures the Step 3 form lists. */
export const extraItems = {
  requestLetter: { label: "This request letter, signed", detail: "Keep a copy for yourself." },
  urgentNote: {
    label: "A note from your doctor saying why this is urgent",
    detail: "It helps the plan treat your request as urgent (a decision within 72 hours).",
  },
} satisfies Record<string, ChecklistItemText>;

export const tips = {
  always: [
    "Send copies. Keep the originals.",
    "Write down the date you ask for each record and the date you send it.",
    "Ask for records early. Doctors’ offices and hospitals can take days or weeks to send them.",
    "Keep a copy of everything you send. Keep proof of when you sent it, too: a fax confirmation, or a tracking number for mail.",
  ],
  urgent: [
    "Your request is urgent. Send the letter, and call member services as well. Ask them for an expedited (urgent) review.",
    "Do not wait for every record before you send an urgent request. Send what you have and say what will follow.",
  ],
  imaging: ["Imaging discs can take several days to copy. Ask the imaging center now."],
} as const;

/** Words in the member's answers that mean imaging is involved. */
export const imagingWords = [
  "imaging",
  "mri",
  "ct",
  "cat scan",
  "pet",
  "scan",
  "x-ray",
  "xray",
  "x ray",
  "ultrasound",
  "sonogram",
  "mammogram",
  "mammography",
  "angiogram",
  "radiology",
  "echocardiogram",
];

/** Words in the member's answers that mean surgery is recommended. */
export const surgeryWords = [
  "surgery",
  "surgical",
  "operation",
  "operate",
  "resection",
  "removal",
  "replacement",
  "transplant",
  "amputation",
];

/** Word endings that name an operation (mastectomy, laminotomy, arthroplasty). */
export const surgerySuffixes = ["ectomy", "otomy", "plasty"];
