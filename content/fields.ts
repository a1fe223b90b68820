import type {
  ContactedAnswer,
  CoverageSource,
  DoctorWillRequestAnswer,
  InNetworkAnswer,
  Outcome,
  PlanType,
  RegulatorAnswer,
  SentMethod,
  YesNo,
} from "@/lib/schema/options";
import type { RequestSection } from "@/lib/schema/request";

/** What a field is called on its form, on the review page and in notices. */
export type FieldText = { label: string; hint?: string };


export const fieldText = {
  coverage: {
    source: {
      label: "How do you get your health coverage?",
      hint: "If you are not sure whether your job’s plan is insured or self-funded, ask your HR or benefits office.",
    },
  },
  plan: {
    planType: { label: "What type of plan is it?", hint: "It is usually printed on your insurance card." },
    regulator: {
      label: "Who regulates your plan?",
      hint: "The regulator follows the company’s licence, not whether the plan is called HMO or PPO. Your Evidence of Coverage and any letter from the plan name it. HMOs are always regulated by the Department of Managed Health Care (DMHC).",
    },
    planName: { label: "Plan name", hint: "As printed on your insurance card, for example Blue Shield Trio HMO." },
    memberId: { label: "Member ID", hint: "On the front of your insurance card. Type it as printed, including any letters or dashes." },
    groupNumber: { label: "Group number (optional)", hint: "On your card if your plan is through a job." },
    memberServicesPhone: { label: "Member services phone number", hint: "Usually on the back of your insurance card." },
    planAddress: {
      label: "Where the plan takes requests (optional)",
      hint: "A mailing address or fax number for second-opinion or authorization requests. Member services can tell you.",
    },
  },
  aboutYou: {
    fullName: { label: "Your full name", hint: "As it appears on your insurance card." },
    dateOfBirth: { label: "Date of birth", hint: "For example, 3 27 1980." },
    address: { label: "Your mailing address", hint: "Street, city, state and ZIP code. The plan will write to you here." },
    phone: { label: "Your phone number", hint: "So the plan can call you about your request." },
    email: { label: "Your email address (optional)" },
    hasHelper: { label: "Is someone helping you with this request?", hint: "For example a family member, caregiver or advocate." },
    helperName: { label: "Their full name" },
    helperRelationship: { label: "Their relationship to you", hint: "For example daughter, spouse or friend." },
  },
  doctor: {
    name: { label: "Treating doctor’s name", hint: "The doctor who gave you the diagnosis or recommended the treatment." },
    specialty: { label: "Their specialty (optional)", hint: "For example oncology, orthopedic surgery or family medicine." },
    medicalGroup: {
      label: "Their medical group or IPA (optional)",
      hint: "In many HMO plans, a second opinion about your primary care doctor’s advice comes from the same medical group. It is on your card or your doctor’s paperwork.",
    },
    condition: { label: "Diagnosis or condition", hint: "In your own words is fine, for example “prostate cancer” or “knee pain after a fall”." },
    recommendedTreatment: { label: "Recommended treatment or surgery (optional)", hint: "What your doctor suggested, for example “knee replacement surgery”." },
    willRequest: { label: "Will your doctor ask the plan for the second opinion for you?", hint: "Your doctor can make the request. A referral often speeds up approval." },
    dateDiscussed: { label: "When did you talk to your doctor about it? (optional)", hint: "For example, 11 3 2026." },
  },
  memberServices: {
    contacted: { label: "Have you called member services about your second opinion?" },
    calls: { label: "Your calls to member services" },
  },
  call: {
    date: { label: "Date of the call", hint: "For example, 11 20 2026." },
    time: { label: "Time of the call (optional)" },
    spokeTo: { label: "Who you spoke to (optional)", hint: "Their name or staff ID." },
    referenceNumber: { label: "Reference number (optional)", hint: "Ask for one at the end of every call." },
    notes: { label: "What they said (optional)" },
  },
  submit: {
    reasons: { label: "Why do you want a second opinion?", hint: "Select all that apply. California law lists these reasons, and others can count too." },
    otherReason: { label: "Your other reason" },
    urgent: {
      label: "Is your request urgent?",
      hint: "Say yes if your health is in serious and immediate danger (a risk of death, or of losing a limb or a major body function), or if waiting the normal time could harm your health or your ability to get back full function.",
    },
    secondDoctorName: { label: "Doctor you would like for the second opinion (optional)", hint: "You choose the doctor. Leave this blank if you don’t know yet." },
    secondDoctorSpecialty: { label: "Their specialty (optional)" },
    secondDoctorInNetwork: { label: "Is this doctor in your plan’s network? (optional)" },
    outOfNetworkRequested: { label: "Do you want to ask for a doctor outside your plan’s network?" },
    outOfNetworkReason: {
      label: "Why can no doctor in your network give this opinion?",
      hint: "For example, no doctor in your network is qualified for your condition. If travel is hard for you, say so: the plan must take it into account.",
    },
    enclosures: { label: "Records you will send with your request (optional)", hint: "Select the ones you will enclose. The records checklist helps you gather them." },
    sentMethod: { label: "How did you send your request?" },
    dateSent: { label: "Date you sent your request", hint: "For example, 12 17 2026." },
    dateReceived: {
      label: "Date the plan received your request (optional)",
      hint: "The plan’s clock starts when it receives your request. If you don’t know, leave this blank and we’ll use the date you sent it.",
    },
    timeReceived: { label: "Time the plan received it (optional)", hint: "Only matters for urgent requests, which have a 72-hour clock." },
  },
  decision: {
    outcome: { label: "What has happened with your request?" },
    planGivenDueDate: {
      label: "Decision date the plan gave you (optional)",
      hint: "Plans may count business days their own way. If the plan told you a date, enter it here.",
    },
    planGivenDueDateInWriting: {
      label: "Did the plan send you this date in writing?",
      hint: "A plan that needs more time must tell you in writing why: it is missing information it asked for, it needs an expert to review, or it asked for an exam or test. A date said only on the phone does not move the deadline.",
    },
    appointmentDate: { label: "Appointment date (optional)", hint: "For example, 1 12 2027." },
    denialDate: { label: "Date of the written denial", hint: "The date printed on the plan’s letter." },
    denialReason: { label: "The reason the plan gave (optional)" },
    moreInfoWhat: { label: "What did the plan ask for?" },
    moreInfoReceivedDate: {
      label: "Date the plan received the information (optional)",
      hint: "The plan’s clock starts again from this date.",
    },
    grievanceFiledDate: { label: "Date you filed a grievance (optional)", hint: "Only if you have filed one." },
    grievanceUrgent: {
      label: "Is your grievance urgent? (optional)",
      hint: "It is urgent if your health is in serious danger, if waiting could harm your health or your ability to get back full function, or if you are in severe pain. The plan must then answer much sooner.",
    },
    grievanceDecisionDate: {
      label: "Date the plan answered your grievance (optional)",
      hint: "The date on the plan’s written answer, if you have it. From then you can go to the state, and the 6 months to ask for a review start.",
    },
  },
} satisfies Record<RequestSection | "call", Record<string, FieldText>>;

export const optionText = {
  coverageSource: {
    "job-insured": { label: "Through a job: the employer buys insurance from a health plan" },
    "job-self-funded": { label: "Through a job: the employer pays claims itself (self-funded)", hint: "Your plan documents may say “self-funded”, “self-insured” or “ERISA”." },
    "job-not-sure": { label: "Through a job, and I’m not sure which kind" },
    individual: { label: "A plan I bought myself (individual or family plan)" },
    "covered-california": { label: "Covered California" },
    "medi-cal-managed-care": { label: "Medi-Cal through a health plan (managed care)" },
    "medi-cal-fee-for-service": { label: "Medi-Cal without a health plan (fee-for-service)" },
    "original-medicare": { label: "Original Medicare", hint: "The red, white and blue Medicare card, with no Medicare health plan." },
    "medicare-advantage": { label: "A Medicare Advantage plan", hint: "A private plan that gives you your Medicare benefits, sometimes called Part C." },
    "tricare-va": { label: "TRICARE or the VA" },
    other: { label: "Other, or I’m not sure" },
  } satisfies Record<CoverageSource, FieldText>,
  planType: {
    hmo: { label: "HMO" },
    ppo: { label: "PPO" },
    epo: { label: "EPO" },
    pos: { label: "POS" },
    "not-sure": { label: "I’m not sure" },
  } satisfies Record<PlanType, FieldText>,
  regulator: {
    dmhc: { label: "Department of Managed Health Care (DMHC)" },
    cdi: { label: "California Department of Insurance (CDI)" },
    "not-sure": { label: "I’m not sure" },
  } satisfies Record<RegulatorAnswer, FieldText>,
  yesNo: { yes: { label: "Yes" }, no: { label: "No" } } satisfies Record<YesNo, FieldText>,
  willRequest: {
    yes: { label: "Yes, my doctor will ask" },
    no: { label: "No, I will ask myself" },
    "did-not-ask": { label: "I didn’t ask" },
  } satisfies Record<DoctorWillRequestAnswer, FieldText>,
  contacted: {
    yes: { label: "Yes" },
    "not-yet": { label: "Not yet" },
  } satisfies Record<ContactedAnswer, FieldText>,
  inNetwork: {
    yes: { label: "Yes" },
    no: { label: "No" },
    "not-sure": { label: "I’m not sure" },
  } satisfies Record<InNetworkAnswer, FieldText>,
  sentMethod: {
    mail: { label: "By mail" },
    fax: { label: "By fax" },
    portal: { label: "Through the plan’s website or app" },
    email: { label: "By email" },
    "in-person": { label: "In person" },
    "not-yet": { label: "Not sent yet" },
  } satisfies Record<SentMethod, FieldText>,
  outcome: {
    waiting: { label: "No decision yet, and it is not yet due" },
    approved: { label: "Approved" },
    denied: { label: "Denied" },
    "more-info": { label: "The plan asked for more information" },
    "no-answer": { label: "No answer, and the due date has passed" },
  } satisfies Record<Outcome, FieldText>,
};

/** Names of the sections, for the review page and the storage notices. */
export const sectionTitles: Record<RequestSection, string> = {
  coverage: "Your coverage",
  plan: "Your plan",
  aboutYou: "About you",
  doctor: "Step 1: Talk to your doctor",
  memberServices: "Step 2: Contact member services",
  submit: "Step 3: Submit your request",
  decision: "Step 4: Await the decision",
};
