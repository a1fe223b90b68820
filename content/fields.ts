import { recordItems } from "@/content/documents/checklist";
import { reasons } from "@/content/legal/reasons";
import { CARD_IDENTIFIER_MAX, MAX_TEXT_LENGTH } from "@/lib/answers/check";
import type { FieldWords, Messages, MissingParts, OptionWords } from "@/lib/steps/words";

// Every question's words, looked up by `<step>.<question>` (the declarations
// are in lib/steps): label, hint, the labels of its options, and a message
// for each thing that can be wrong with an answer.

/** "5,000", written without Intl (a number formatter costs milliseconds on a slow phone). */
const withCommas = (count: number) => String(count).replace(/\B(?=(\d{3})+$)/g, ",");

/** Messages for a typed answer: `name` starts the "too long" one ("Plan name must be …"). */
const text = (name: string, more: Messages = {}, max = MAX_TEXT_LENGTH): Messages => ({
  "too-long": `${name} must be ${withCommas(max)} characters or fewer`,
  ...more,
});

const capitalise = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
const MISSING: Record<MissingParts, string> = {
  month: "a month",
  day: "a day",
  year: "a year",
  "month,day": "a month and a day",
  "month,year": "a month and a year",
  "day,year": "a day and a year",
};

/**
 * Messages for a date the member types as month, day and year. `name` is how
 * a message refers to it ("the date you sent your request"), `example` a date
 * in the same format ("12 17 2026").
 */
function date({ name, subject = capitalise(name), example, ...more }: { name: string; subject?: string; example: string } & Messages): Messages {
  return {
    required: `Enter ${name}, for example ${example}`,
    "date-incomplete": Object.fromEntries(Object.entries(MISSING).map(([parts, words]) => [parts, `${subject} must include ${words}`])) as Record<
      MissingParts,
      string
    >,
    "date-year": `Year must be 4 numbers, for example ${example.split(" ")[2]}`,
    "date-not-real": `${subject} must be a real date, for example ${example}`,
    "date-future": `${subject} must be today or in the past`,
    ...more,
  };
}

const yesNo = { yes: { label: "Yes" }, no: { label: "No" } } satisfies Record<string, OptionWords>;

export const fieldText = {
  coverage: {
    source: {
      label: "How do you get your health coverage?",
      hint: "If you are not sure whether your job’s plan is insured or self-funded, ask your HR or benefits office.",
      options: {
        "job-insured": { label: "Through a job: the employer buys insurance from a health plan" },
        "job-self-funded": {
          label: "Through a job: the employer pays claims itself (self-funded)",
          hint: "Your plan documents may say “self-funded”, “self-insured” or “ERISA”.",
        },
        "job-not-sure": { label: "Through a job, and I’m not sure which kind" },
        individual: { label: "A plan I bought myself (individual or family plan)" },
        "covered-california": { label: "Covered California" },
        "medi-cal-managed-care": { label: "Medi-Cal through a health plan (managed care)" },
        "medi-cal-fee-for-service": { label: "Medi-Cal without a health plan (fee-for-service)" },
        "original-medicare": { label: "Original Medicare", hint: "The red, white and blue Medicare card, with no Medicare health plan." },
        "medicare-advantage": { label: "A Medicare Advantage plan", hint: "A private plan that gives you your Medicare benefits, sometimes called Part C." },
        "tricare-va": { label: "TRICARE or the VA" },
        other: { label: "Other, or I’m not sure" },
      },
      messages: { required: "Select how you get your health coverage" },
    },
    continueWithoutStateLaw: { label: "Your choice to go on with a general request" },
  },
  plan: {
    planType: {
      label: "What type of plan is it?",
      hint: "It is usually printed on your insurance card.",
      options: { hmo: { label: "HMO" }, ppo: { label: "PPO" }, epo: { label: "EPO" }, pos: { label: "POS" }, "not-sure": { label: "I’m not sure" } },
      messages: { required: "Select your plan type, or choose “I’m not sure”" },
    },
    regulator: {
      label: "Who regulates your plan?",
      hint: "The regulator follows the company’s licence, not whether the plan is called HMO or PPO. Your Evidence of Coverage and any letter from the plan name it. HMOs are always regulated by the Department of Managed Health Care (DMHC).",
      options: {
        dmhc: { label: "Department of Managed Health Care (DMHC)" },
        cdi: { label: "California Department of Insurance (CDI)" },
        "not-sure": { label: "I’m not sure" },
      },
      messages: { required: "Select who regulates your plan, or choose “I’m not sure”" },
    },
    planName: {
      label: "Plan name",
      hint: "As printed on your insurance card, for example Blue Shield Trio HMO.",
      messages: text("Plan name", { required: "Enter the name of your health plan, as it appears on your card" }),
    },
    memberId: {
      label: "Member ID",
      hint: "On the front of your insurance card. Type it as printed, including any letters or dashes.",
      messages: text(
        "Member ID",
        {
          required: "Enter your member ID, as it appears on your insurance card",
          invalid: "Member ID must only include letters, numbers, spaces, dashes, dots and slashes",
        },
        CARD_IDENTIFIER_MAX,
      ),
    },
    groupNumber: {
      label: "Group number (optional)",
      hint: "On your card if your plan is through a job.",
      messages: text("Group number", { invalid: "Group number must only include letters, numbers, spaces, dashes, dots and slashes" }, CARD_IDENTIFIER_MAX),
    },
    memberServicesPhone: {
      label: "Member services phone number",
      hint: "Usually on the back of your insurance card.",
      messages: {
        required: "Enter the member services phone number from your insurance card",
        invalid: "Enter a phone number with its area code, for example 1-800-555-0100",
      },
    },
    planAddress: {
      label: "Where the plan takes requests (optional)",
      hint: "A mailing address or fax number for second-opinion or authorization requests. Member services can tell you.",
      messages: text("The plan’s address or fax"),
    },
  },
  aboutYou: {
    fullName: { label: "Your full name", hint: "As it appears on your insurance card.", messages: text("Your full name", { required: "Enter your full name" }) },
    dateOfBirth: {
      label: "Date of birth",
      hint: "For example, 3 27 1980.",
      messages: date({
        name: "your date of birth",
        subject: "Date of birth",
        example: "3 27 1980",
        "date-future": "Date of birth must be in the past",
        "date-too-early": "Date of birth must be after 1900",
      }),
    },
    address: {
      label: "Your mailing address",
      hint: "Street, city, state and ZIP code. The plan will write to you here.",
      messages: text("Your mailing address", { required: "Enter your mailing address" }),
    },
    phone: {
      label: "Your phone number",
      hint: "So the plan can call you about your request.",
      messages: {
        required: "Enter a phone number the plan can reach you on",
        invalid: "Enter a phone number with its area code, for example 415-555-0100",
      },
    },
    email: {
      label: "Your email address (optional)",
      messages: { invalid: "Enter an email address in the correct format, like name@example.com" },
    },
    hasHelper: {
      label: "Is someone helping you with this request?",
      hint: "For example a family member, caregiver or advocate.",
      options: yesNo,
      messages: { required: "Select yes if someone is helping you with this request" },
    },
    helperName: { label: "Their full name", messages: text("Helper’s name", { required: "Enter the name of the person helping you" }) },
    helperRelationship: {
      label: "Their relationship to you",
      hint: "For example daughter, spouse or friend.",
      messages: text("Their relationship to you", { required: "Enter how the person helping you is related to you, for example daughter" }),
    },
    authorizationEnds: {
      label: "When should their permission to talk with your plan end? (optional)",
      hint: "For example, 6 30 2027. Leave it blank if it lasts until you take it back in writing.",
      messages: date({
        name: "the date it ends",
        subject: "The date it ends",
        example: "6 30 2027",
        "date-past": "The date it ends must be today or in the future",
      }),
    },
  },
  doctor: {
    name: {
      label: "Treating doctor’s name",
      hint: "The doctor who gave you the diagnosis or recommended the treatment.",
      messages: text("Treating doctor’s name", { required: "Enter your treating doctor’s name" }),
    },
    specialty: { label: "Their specialty (optional)", hint: "For example oncology, orthopedic surgery or family medicine.", messages: text("Their specialty") },
    medicalGroup: {
      label: "Their medical group or IPA (optional)",
      hint: "In many HMO plans, a second opinion about your primary care doctor’s advice comes from the same medical group. It is on your card or your doctor’s paperwork.",
      messages: text("Medical group or IPA"),
    },
    condition: {
      label: "Diagnosis or condition",
      hint: "In your own words is fine, for example “prostate cancer” or “knee pain after a fall”.",
      messages: text("Diagnosis or condition", { required: "Enter your diagnosis or condition, in your own words" }),
    },
    recommendedTreatment: {
      label: "Recommended treatment or surgery (optional)",
      hint: "What your doctor suggested, for example “knee replacement surgery”.",
      messages: text("Recommended treatment or surgery"),
    },
    willRequest: {
      label: "Will your doctor ask the plan for the second opinion for you?",
      hint: "Your doctor can make the request. A referral often speeds up approval.",
      options: { yes: { label: "Yes, my doctor will ask" }, no: { label: "No, I will ask myself" }, "did-not-ask": { label: "I didn’t ask" } },
      messages: { required: "Select whether your doctor will ask the plan for the second opinion" },
    },
    dateDiscussed: {
      label: "When did you talk to your doctor about it? (optional)",
      hint: "For example, 11 3 2026.",
      messages: date({ name: "the date you talked to your doctor", example: "11 3 2026" }),
    },
  },
  memberServices: {
    contacted: {
      label: "Have you called member services about your second opinion?",
      options: { yes: { label: "Yes" }, "not-yet": { label: "Not yet" } },
      messages: { required: "Select whether you have called member services yet" },
    },
    calls: { label: "Your calls to member services", messages: { required: "Add the call you made, or choose “Not yet”" } },
  },
  call: {
    date: { label: "Date of the call", hint: "For example, 11 20 2026.", messages: date({ name: "the date of the call", example: "11 20 2026" }) },
    time: { label: "Time of the call (optional)", messages: { invalid: "Enter the time of the call, for example 2:30 PM" } },
    spokeTo: { label: "Who you spoke to (optional)", hint: "Their name or staff ID.", messages: text("Who you spoke to") },
    referenceNumber: { label: "Reference number (optional)", hint: "Ask for one at the end of every call.", messages: text("Reference number") },
    notes: { label: "What they said (optional)", messages: text("What they said") },
  },
  submit: {
    reasons: {
      label: "Why do you want a second opinion?",
      hint: "Select all that apply.",
      options: Object.fromEntries(reasons.map((reason) => [reason.id, { label: reason.plain }])) as Record<(typeof reasons)[number]["id"], OptionWords>,
      messages: { required: "Select at least one reason you want a second opinion" },
    },
    otherReason: { label: "Your other reason", messages: text("Your other reason", { required: "Describe your other reason" }) },
    urgent: {
      label: "Is your request urgent?",
      hint: "Say yes if your health is in serious and immediate danger (a risk of death, or of losing a limb or a major body function), or if waiting the normal time could harm your health or your ability to get back full function.",
      options: yesNo,
      messages: { required: "Select yes if your request is urgent, or no if it can wait the normal time" },
    },
    secondDoctorName: {
      label: "Doctor you would like for the second opinion (optional)",
      hint: "You choose the doctor. Leave this blank if you don’t know yet.",
      messages: text("Doctor’s name"),
    },
    secondDoctorSpecialty: { label: "Their specialty (optional)", messages: text("Doctor’s specialty") },
    secondDoctorInNetwork: {
      label: "Is this doctor in your plan’s network? (optional)",
      options: { yes: { label: "Yes" }, no: { label: "No" }, "not-sure": { label: "I’m not sure" } },
    },
    outOfNetworkRequested: {
      label: "Do you want to ask for a doctor outside your plan’s network?",
      options: yesNo,
      messages: { required: "Select yes if you want to ask for a doctor outside your plan’s network" },
    },
    outOfNetworkReason: {
      label: "Why can no doctor in your network give this opinion?",
      hint: "For example, no doctor in your network is qualified for your condition. If travel is hard for you, say so: the plan must take it into account.",
      messages: text("Why no doctor in your network can give the opinion", {
        required: "Explain why no doctor in your plan’s network can give this opinion",
      }),
    },
    enclosures: {
      label: "Records you will send with your request (optional)",
      hint: "Select the ones you will enclose. The records checklist helps you gather them.",
      options: Object.fromEntries(Object.entries(recordItems).map(([id, item]) => [id, { label: item.label, hint: item.detail }])) as Record<
        keyof typeof recordItems,
        OptionWords
      >,
    },
    sentMethod: {
      label: "How did you send your request?",
      options: {
        mail: { label: "By mail" },
        fax: { label: "By fax" },
        portal: { label: "Through the plan’s website or app" },
        email: { label: "By email" },
        "in-person": { label: "In person" },
        "not-yet": { label: "Not sent yet" },
      },
      messages: { required: "Select how you sent your request, or “Not sent yet”" },
    },
    dateSent: {
      label: "Date you sent your request",
      hint: "For example, 12 17 2026.",
      messages: date({ name: "the date you sent your request", example: "12 17 2026" }),
    },
    dateReceived: {
      // Short, so the sending page stays within two phone screens with the reference number below (the due date card says what a blank date means).
      label: "Date the plan received it (optional)",
      messages: date({
        name: "the date the plan received your request",
        example: "12 18 2026",
        "date-before-other": "The date the plan received your request must be the same as or after the date you sent it",
      }),
    },
    timeReceived: {
      label: "Time the plan received it (optional)",
      hint: "Only matters for urgent requests, which have a 72-hour clock.",
      messages: { invalid: "Enter the time, for example 3:00 PM" },
    },
    requestReference: {
      label: "Reference number (optional)",
      messages: text("Reference number"),
    },
  },
  decision: {
    planGivenDueDate: {
      label: "Decision date the plan gave you (optional)",
      hint: "If the plan told you a date, enter it here.",
      messages: date({ name: "the date the plan gave you", example: "12 28 2026" }),
    },
    planGivenDueDateInWriting: {
      label: "Did the plan send you this date in writing?",
      hint: "A plan that needs more time must tell you in writing why: it is missing information it asked for, it needs an expert to review, or it asked for an exam or test. A date said only on the phone does not move the deadline.",
      options: yesNo,
    },
    outcome: {
      label: "What has happened with your request?",
      options: {
        waiting: { label: "No decision yet, and it is not yet due" },
        approved: { label: "Approved" },
        denied: { label: "Denied" },
        "more-info": { label: "The plan asked for more information" },
        "no-answer": { label: "No answer, and the due date has passed" },
      },
      messages: { required: "Select what has happened with your request" },
    },
    appointmentDate: {
      label: "Appointment date (optional)",
      hint: "For example, 1 12 2027.",
      messages: date({ name: "the appointment date", example: "1 12 2027" }),
    },
    denialDate: {
      label: "Date of the written denial",
      hint: "The date printed on the plan’s letter.",
      messages: date({ name: "the date of the written denial", example: "1 4 2027" }),
    },
    denialReason: { label: "The reason the plan gave (optional)", messages: text("The reason the plan gave") },
    moreInfoWhat: { label: "What did the plan ask for?", messages: text("What the plan asked for", { required: "Enter what the plan asked you for" }) },
    moreInfoReceivedDate: {
      label: "Date the plan received the information (optional)",
      hint: "The plan’s clock starts again from this date.",
      messages: date({ name: "the date the plan received the information", example: "1 4 2027" }),
    },
    grievanceFiledDate: {
      label: "Date you filed a grievance (optional)",
      hint: "Only if you have filed one.",
      messages: date({ name: "the date you filed your grievance", example: "1 15 2027" }),
    },
    grievanceUrgent: {
      label: "Is your grievance urgent? (optional)",
      hint: "It is urgent if your health is in serious danger, or if waiting could harm your health or your ability to get back full function. For a plan licensed by DMHC, severe pain makes it urgent too. The plan must then answer much sooner.",
      options: yesNo,
    },
    grievanceDecisionDate: {
      label: "Date the plan answered your grievance (optional)",
      hint: "The date on the plan’s written answer, if you have it. From then you can go to the state, and the 6 months to ask for a review start.",
      messages: date({ name: "the date the plan answered your grievance", example: "2 10 2027" }),
    },
  },
} satisfies FieldWords;
