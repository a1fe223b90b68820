// Words for "Answers for the regulator's form": the member's answers set out
// for them to copy into DMHC's IMR/Complaint form or CDI's forms. Never the
// official form itself. Legal facts come from the facts sheet, section 7
// (what the form asks, copies not originals, online or by mail or fax) and
// section 4 (contacts, read from content/legal/contacts.ts by id).

/** Where each legal fact on this page comes from (ids in content/legal). */
export const regulatorFormSources = {
  /** DMHC's phone, website, mail address and fax. */
  dmhcContactIds: ["dmhc-help-center", "dmhc-mail-fax"],
  /** CDI's hotline and website. */
  cdiContactIds: ["cdi-hotline"],
  /** The 6-month window (content/legal/clocks.ts, "imr-apply"). */
  imrClockId: "imr-apply",
} as const;

type Description = {
  asked: (details: { sent?: string; plan: string; doctor?: string; condition?: string }) => string;
  deniedBecause: (date: string | undefined, reason: string) => string;
  deniedNoReason: (date: string | undefined) => string;
  noDecision: (due: string | undefined) => string;
  moreInfo: (what: string | undefined) => string;
  moreInfoReceived: (date: string) => string;
  stillNoDecision: string;
  grievanceFiled: (date: string) => string;
  grievanceAnswered: (date: string) => string;
  grievanceNotAnswered: string;
  urgent: string;
  wants: (doctor: string | undefined) => string;
};

const sharedDescription = {
  asked: ({ sent, plan, doctor, condition }) =>
    [
      sent ? `On ${sent} I asked ${plan} to cover a second medical opinion` : `I asked ${plan} to cover a second medical opinion`,
      doctor ? ` from ${doctor}` : "",
      condition ? ` about my condition: ${condition}.` : ".",
    ].join(""),
  deniedBecause: (date, reason) => `${date ? `The plan denied it on ${date}` : "The plan denied it"}. It said: “${reason}”`,
  deniedNoReason: (date) => `${date ? `The plan denied it on ${date}` : "The plan denied it"}. It did not give a reason.`,
  noDecision: (due) => (due ? `The plan has not decided. It should have decided by ${due}.` : "The plan has not decided."),
  moreInfo: (what) => (what ? `The plan asked me for more information: ${what}` : "The plan asked me for more information."),
  moreInfoReceived: (date) => `The plan got that information on ${date}.`,
  stillNoDecision: "The plan has still not decided.",
  urgent: "My case is urgent. Waiting could harm my health.",
  wants: (doctor) => (doctor ? `I want the plan to cover my second opinion from ${doctor}.` : "I want the plan to cover my second opinion."),
} satisfies Partial<Description>;

export const regulatorFormText = {
  title: "Answers for the regulator’s form",
  copyNote:
    "This is not the official form. It is your answers, set out for you to copy into the online form or the paper form. You sign and send the form yourself.",
  blankNote: "The form also asks for some things this app does not. They are left blank here for you to fill in.",
  blank: "(fill in)",
  sections: {
    patient: "Who the patient is",
    contact: "Contact details",
    plan: "Your health plan",
    doctor: "Your doctor",
    diagnosis: "The diagnosis",
    asked: "What you asked for",
    description: "Description of the problem",
    attach: "What to attach",
    send: "Where to send it",
    deadline: "The date to keep",
  },
  labels: {
    name: "Patient’s name",
    dateOfBirth: "Date of birth",
    sex: "Sex",
    guardian: "Parent or guardian, if the patient is under 18",
    language: "Primary language",
    address: "Address",
    phone: "Phone",
    email: "Email",
    planName: "Health plan",
    memberId: "Member ID",
    groupNumber: "Group number",
    medicalGroup: "Medical group",
    employer: "Employer",
    doctorName: "Doctor’s name",
    doctorSpecialty: "Specialty",
    condition: "Diagnosis",
    treatment: "Treatment the doctor advised",
    service: "Service asked for",
    secondDoctor: "Doctor you want for the second opinion",
    helper: "Person helping you",
  },
  service: "A second medical opinion",
  descriptionIntro: "A draft to copy into the form’s description of the problem. Change it so it says what happened in your own words.",
  dmhc: {
    intro: "Your plan is regulated by the Department of Managed Health Care (DMHC). DMHC uses one form, the IMR/Complaint form, for both kinds of case. DMHC decides which kind your case is.",
    description: {
      ...sharedDescription,
      grievanceFiled: (date) => `I filed a grievance with the plan on ${date}.`,
      grievanceAnswered: (date) => `The plan answered my grievance on ${date}. It did not change its decision.`,
      grievanceNotAnswered: "The plan has not answered my grievance.",
    } satisfies Description,
    attach: [
      "A copy of the plan’s denial letter, if you got one",
      "A copy of the plan’s answer to your grievance, if you got one",
      "A copy of your request letter",
      "Your call log: the date, the name and the reference number of each call",
      "Records from doctors outside your plan, if any (the plan sends its own records)",
      "If someone helps you: DMHC’s Authorized Assistant Form, signed by you both",
    ],
    copies: "Send copies, not originals. DMHC does not send papers back.",
    sendOnline: "Online first: DMHC asks people to use the online form, in English or Spanish, at",
    sendPaper: "Or print the paper form, sign it and send it by mail or fax. Check the form’s instructions for where to send it:",
  },
  cdi: {
    intro: "Your policy is regulated by the California Department of Insurance (CDI). Your insurer must send you an IMR form with its denial. For other problems, CDI has a Request for Assistance form. Use this page to fill in either one.",
    description: {
      ...sharedDescription,
      grievanceFiled: (date) => `I filed an appeal with the insurer on ${date}.`,
      grievanceAnswered: (date) => `The insurer answered my appeal on ${date}. It did not change its decision.`,
      grievanceNotAnswered: "The insurer has not answered my appeal.",
    } satisfies Description,
    attach: [
      "A copy of the insurer’s denial letter, if you got one",
      "A copy of the insurer’s answer to your appeal, if you got one",
      "A copy of your request letter",
      "Your call log: the date, the name and the reference number of each call",
      "The declaration page of your policy",
    ],
    copies: "Send copies, not originals.",
    sendIntro: "Fill in the form online, in English or Spanish, on CDI’s website. Or call the CDI consumer hotline for help:",
  },
  deadline: (date: string) => `The last day to send it: ${date}.`,
  deadlineUnknown: "You have 6 months from the plan’s written decision on your grievance. Add the dates in Step 4 to see the date.",
  unknown: {
    intro: "First find out which state office regulates your plan. The form and the address depend on it.",
    howToTellHeading: "How to tell",
  },
  notOffered: {
    intro: "This page does not apply to your coverage. State law on second opinions does not cover your plan, so the state forms are not the way to go.",
    whereToGoHeading: "Where to go instead",
  },
  footer: "General information, not legal advice. Check the current form before you copy your answers.",
  printView: {
    intro: "This is the same as the PDF. Print it, or keep it open while you fill in the form.",
    print: "Print these answers",
    back: "Back to what to do next",
    notYet: "These answers are for a request your plan denied or did not answer in time. You have not recorded either on Step 4 yet.",
    recordOutcome: "Record what happened on Step 4",
  },
};
