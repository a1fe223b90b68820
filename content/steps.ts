import type { RouteKey } from "@/lib/routes";
import type { RequestSection } from "@/lib/steps/request";

/** Each step's name: in the step indicator, and as its section's heading on "check your answers". */
export const stepWords = {
  coverage: { title: "How you get your health coverage", review: "Your coverage" },
  plan: { title: "Your plan", review: "Your plan" },
  aboutYou: { title: "About you", review: "About you" },
  doctor: { title: "Talk to your doctor", review: "Step 1: Talk to your doctor" },
  memberServices: { title: "Contact member services", review: "Step 2: Contact member services" },
  submit: { title: "Submit your request", review: "Step 3: Submit your request" },
  decision: { title: "Await the decision", review: "Step 4: Await the decision" },
} satisfies Record<RequestSection, { title: string; review: string }>;

/** The words around the steps: the caption above each heading, the indicator's status words, the way back. */
export const flowWords = {
  numbered: (number: number, of: number) => `Step ${number} of ${of}`,
  /** The browser tab's name for a page of a numbered step: "Step 1: Talk to your doctor". */
  tabTitle: (number: number, title: string) => `Step ${number}: ${title}`,
  beforeYouStart: "Before you start",
  progress: "Progress",
  status: { completed: "completed", current: "current step", "not-started": "not started" },
  back: "Back",
  loading: "Loading your answers…",
  redirecting: "Taking you to the first step you have not finished…",
  continue: "Continue",
};

/** The words every question page's form shares: the error summary's heading, a date's three boxes. */
export const formText = {
  problem: "There is a problem",
  errorPrefix: "Error:",
  dateBoxes: { monthBox: "Month", dayBox: "Day", yearBox: "Year" },
};

/** Every page's title: its heading, and the browser tab's name. */
export const pageTitles = {
  start: "Ask your health plan to cover a second opinion",
  rights: "Your rights",
  ifDenied: "If your request was denied",
  about: "About and privacy",
  coverage: stepWords.coverage.title,
  notCovered: "California’s second-opinion law does not apply",
  regulatorFinder: "Who regulates my plan?",
  plan: stepWords.plan.title,
  aboutYou: stepWords.aboutYou.title,
  doctor: stepWords.doctor.title,
  memberServices: stepWords.memberServices.title,
  submit: "Your reasons for a second opinion",
  submitUrgency: "How urgent your request is",
  submitDoctor: "The doctor you want for the second opinion",
  submitRecords: "Records to send",
  submitDocuments: "Your letter and checklist",
  submitSending: "Sending your request",
  decision: "Your plan’s decision",
  nextSteps: "What to do next",
  review: "Check your answers",
  documents: "Your letter and checklist",
  letter: "Your request letter",
  checklist: "Your records checklist",
  blankChecklist: "Blank records checklist",
  grievance: "Your grievance letter",
  timeline: "My case so far",
  regulatorForm: "Answers for the regulator’s form",
  authorization: "Authorization for the person helping you",
} satisfies Record<RouteKey, string>;

/** Guidance shown on the steps. Not legal facts: those live in content/legal. */
export const coverageStepText = {
  intro: "California’s second-opinion law covers most health plans, but not all. Your answer tells us which rules apply to you.",
};

export const planStepText = {
  intro: "Have your insurance card with you. We use these details in your request letter.",
  regulatorNotSure: {
    hmo: "HMOs are always regulated by the DMHC, so we will use the DMHC rules.",
    other: "We will show you how to find out.",
    link: "How to find out who regulates your plan",
  },
  hmoWithCdi:
    "HMOs are licensed by the Department of Managed Health Care (DMHC). Check your Evidence of Coverage: if it names the DMHC, choose that.",
};

export const aboutYouStepText = {
  intro: "Your request letter is written from you, so it needs your details.",
};

export const doctorStepText = {
  why: [
    "Your doctor can ask the plan for the second opinion for you. A referral from your doctor often makes approval faster.",
    "You can also ask the plan yourself. You do not need your doctor’s permission.",
  ],
  questionsHeading: "Questions to ask your doctor",
  questions: [
    "Will you refer me, or ask the plan for a second opinion for me?",
    "Which kind of specialist should give the second opinion?",
    "Can I have copies of my records, test results and imaging reports?",
    "Is my situation urgent? Could waiting harm my health?",
    "What happens if I wait for the second opinion before starting treatment?",
  ],
};

export const memberServicesStepText = {
  yourNumber: "Your plan’s member services number:",
  why: "Member services can tell you how your plan wants the request: where to send it, which forms to use and whether your doctor’s referral is enough.",
  phoneIntro: "Call the number on your insurance card:",
  scriptHeading: "What to say",
  /** The opening line: California law is named only when it applies to the member's plan. */
  scriptOpening: {
    withStateLaw: "“I am a member and I am asking for a second medical opinion under California law.”",
    withoutStateLaw: "“I am a member and I am asking the plan to cover a second medical opinion.”",
  },
  script: [
    "“My member ID is [your member ID]. My doctor is [your doctor’s name] and the condition is [your diagnosis].”",
    "“How do I submit the request, and where should I send it?”",
    "“Are there any forms I must use, or is my doctor’s referral enough?”",
    "“Please send me the plan’s timelines for second-opinion requests.”",
    "“Can I have a reference number for this call, and your name?”",
  ],
  tip: "Write down the date, the name of the person you spoke to and the reference number of every call. Add them to the call log below.",
};

/** The off-ramp page: California's second-opinion law does not reach the member's coverage. */
export const notCoveredText = {
  allIntro: "California’s second-opinion law does not cover these kinds of coverage:",
  whereToGo: "Where to go instead",
  continue: {
    heading: "You can still ask your plan",
    noRequestHeading: "There is no request to send",
    noRequest: "No plan has to approve a second opinion for this coverage, so you do not need a request letter. Use the steps above.",
    chooseFirstLink: "Tell us how you get your coverage",
    chooseFirst: "first.",
    button: "Continue with a general request",
    change: "Change how you get your coverage",
  },
};

export const submitStepText = {
  urgentYes:
    "Your letter will ask for an urgent (expedited) decision. The plan must generally decide within 72 hours of receiving it. Call member services as well, and ask your doctor to tell the plan it is urgent.",
  emergency: "If you are having a medical emergency, call 911 or go to the nearest emergency room.",
  documents: {
    intro: "We filled them in from your answers so far.",
    whatToDo: [
      "Download or print the letter and the checklist.",
      "Use the checklist to gather your records.",
      "Sign the letter. Send it to your plan with copies of your records. Keep a copy of everything you send.",
      "Then continue, and tell us how and when you sent it. The plan’s clock starts when it receives your request.",
    ],
  },
  dueHeading: "When the plan should decide",
};

export const decisionStepText = {
  grievanceHeading: "Keep track of your grievance",
  grievanceIntro: "Add each date when it happens. The steps above will change to match.",
};

/** "Check your answers": the page's words and how a logged call is told back. */
export const reviewText = {
  intro: "Check everything is right. Your letter and checklist use these answers.",
  notAnswered: "Not answered",
  change: "Change",
  documentsHeading: "Your documents",
  documentsLink: "Get your request letter and records checklist",
  call: { title: "Call {number}: {when}", noDate: "Date not given", spokeTo: "spoke to {name}", reference: "reference {number}" },
};

/** The call log on Step 2. */
export const callLogText = {
  none: "You have not added any calls yet.",
  add: "Add a call",
  addAnother: "Add another call",
  editHeading: "Edit this call",
  save: "Save call",
  cancel: "Cancel",
  edit: "Edit",
  remove: "Remove",
  callNumber: "call {number}",
  confirmRemove: "Remove call {number} from your log? You cannot undo this.",
  yesRemove: "Yes, remove it",
  noKeep: "No, keep it",
  added: "Call added.",
  updated: "Call updated.",
  removed: "Call {number} removed.",
};
