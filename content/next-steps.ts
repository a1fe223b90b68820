// Words for "what to do next" on Step 4, the overdue banner, the calendar
// reminders and the "If your request was denied" page. Practical guidance
// only: every legal statement (clocks, rights, contacts) comes from
// content/legal through lib/rules, with its source.

export const nextStepsText = {
  heading: "What to do next",
  chooseOutcome: "Tell us on the previous page what has happened with your request, and we will show you what to do next.",

  denialNotice: {
    heading: "What the plan’s denial letter must tell you:",
  },

  notLateYet: {
    heading: "The plan is not late yet",
    likely: (likely: string) => `By our count, the plan is likely to decide ${likely}.`,
    latest: (latest: string) => `A plan that counts every state holiday has until ${latest}.`,
    planGiven: (date: string) => `The plan told you in writing that it would decide by ${date}.`,
    call: "You can call member services now and ask when the plan will decide. Write down who you spoke to and the reference number.",
    comeBack: "If you still have no answer after that date, come back to this page. We will show you how to complain.",
  },

  pastLikely: (latest: string) =>
    `The likely date has passed. A plan that counts every state holiday has until ${latest}, so it is not late yet. You can call member services to ask when it will decide.`,

  waiting: {
    heading: "While you wait",
    points: [
      "Keep a note of every call and letter: the date, who you spoke to and any reference number.",
      "If the plan asks for more information, send it as soon as you can and keep a copy.",
      "If the due date passes with no answer, come back to this page: we will show you what to do.",
    ],
  },

  moreInfo: {
    heading: "The plan asked for more information",
    send: "Send what the plan asked for as soon as you can. Keep a copy, and note the date you sent it and how.",
    asked: "The plan asked for:",
    clockRestarts: "The plan’s clock starts again when it receives the information.",
    addDate: "When you know the date the plan received it, add it to your answers and we will work out the new date.",
    addDateLink: "Add the date the plan received it",
  },

  approved: {
    heading: "Your second opinion was approved",
    book: "Book the appointment with the second-opinion doctor. Say that your plan approved it, and give any approval or reference number.",
    records:
      "Send the doctor copies of your records before the visit: your first doctor’s notes, test and imaging reports, and your current medicines. Keep the originals.",
    accessHeading: "How soon you should get the appointment",
    yourAppointment: "Your appointment:",
    appointmentLater:
      "Your appointment is later than this general standard. You can ask the plan to help you find an earlier one.",
    afterHeading: "After the visit",
  },

  escalation: {
    deniedHeading: "Your request was denied: what you can do",
    noAnswerHeading: "No answer from the plan: what you can do",
    deniedIntro: "You can challenge the decision. Take these steps in order, and keep copies of everything you send.",
    noAnswerIntro: "A plan that does not answer on time is a reason to complain. Take these steps in order, and keep copies of everything you send.",
    reason: "The reason the plan gave:",
    ifFiledToday: "If you file your grievance today:",
    filedOn: "You filed your grievance:",
    addGrievanceDate: "When you file your grievance, enter the date below and we will work out the plan’s answer date.",
    imrNeedsWrittenDecision:
      "The 6 months run from the plan’s written decision. When you have it, enter its date below and we will work out the date.",
    contactsHeading: "Who to contact",
    howToTellHeading: "Not sure who regulates your plan?",
    howToTellIntro: "The right office depends on who licenses your plan. Here is how to tell:",
    mediCalHeading: "Medi-Cal: a State Hearing",
    mediCalIntro: "Because you get Medi-Cal through a health plan, you can also ask the state for a hearing.",
    mediCalWarningHeading: "Before you choose a State Hearing",
    grievanceDecided: "The plan answered your grievance:",
    recordNoAnswer: "When you file your grievance, tell us the plan has not answered. Then you can add the grievance’s dates, and we will work out what comes next.",
    recordNoAnswerLink: "Change what has happened with your request",
    addGrievanceDecision: "When the plan answers your grievance in writing, enter the date below. You can go to the state from then.",
    urgentGrievance: {
      /** Severe pain makes a grievance urgent under DMHC's rule (HSC §1368.01(b)); the facts give no such rule for CDI. */
      dmhc: "Your grievance can be urgent if your health is in serious danger, or if you are in severe pain. Tell us below, and we will show you the shorter dates.",
      other: "Your grievance can be urgent if your health is in serious danger. Tell us below, and we will show you the shorter dates.",
    },
    cdiAnyTime: "You can generally call the CDI consumer hotline at any time, including while your grievance is open.",
  },

  overdue: {
    heading: "The plan’s answer is late",
    lead: (due: string) => `The plan should have decided ${due}. We have no answer recorded.`,
    latest: (latest: string) => `Even a plan that counts every state holiday had until ${latest}.`,
    planGiven: (date: string) => `The plan told you in writing it would decide by ${date}, and that date has passed too.`,
    planGivenNotInWriting: (date: string) =>
      `The plan told you it would decide by ${date}, but not in writing. Only a written notice gives the plan more time, so its answer is late.`,
    todayHeading: "What to do today",
    today: [
      "Call the plan’s member services, and write down who you spoke to and the reference number.",
      "If you still have no answer, file a grievance (a formal complaint) with the plan.",
    ],
    recordOutcome:
      "Tell us below what has happened. If the plan has not answered, choose “No answer, and the due date has passed” and continue. The next page says what to say when you call, and how to file a grievance.",
  },

  callScript: {
    heading: "What to say when you call",
    intro: "You can read this out, or use your own words.",
    lines: (details: { name?: string; memberId?: string; received?: string; due: string; urgent: boolean }) => [
      `Hello. My name is ${details.name?.trim() || "[your name]"}, and my member ID is ${details.memberId?.trim() || "[your member ID]"}.`,
      `I asked for a second medical opinion${details.urgent ? ", as an urgent request" : ""}.${details.received ? ` You received my request on ${details.received}.` : ""}`,
      `A decision was due ${details.due}, and I have not had an answer.`,
      "Has a decision been made? If not, when will it be made, and why is it late?",
      "Please send me the decision in writing.",
      "If you need more information from me, please tell me what, and send the request in writing with the date you expect to decide.",
      "May I have a reference number for this call, and your name?",
    ],
    after: "Write down the date, the name of the person you spoke to, the reference number and what they said. Add it to your call log on Step 2.",
  },

  reminders: {
    heading: "Add reminders to your calendar",
    intro: "Download a calendar file for each date, then open it to add the date to your phone or computer calendar. The files are made on this device: nothing is sent anywhere.",
    none: "There are no dates to add yet. Dates appear here as you record what happens.",
    download: (label: string) => `Download a reminder for ${label}`,
    failed: "Sorry, the calendar file could not be made. Please write the date down instead.",
  },

  offRamp: {
    heading: "Where to go if something goes wrong",
  },
};

/** The calendar reminders: title, file name and description per kind. */
export const reminderText = {
  decisionDue: {
    label: "the date the plan should decide",
    title: "Second opinion: the plan should decide",
    fileName: "plan-decision-due",
    description: (when: string) =>
      `Your plan should decide on your second-opinion request ${when}. If you have no answer, call member services.`,
  },
  followUpCall: {
    label: "your follow-up call if there is no answer",
    title: "Second opinion: call the plan if no answer",
    fileName: "follow-up-call",
    description: (due: string) =>
      `The plan was likely to decide ${due}. If you have no answer, call member services today. Ask when it will decide, ask for the decision in writing, and write down the reference number.`,
  },
  planLate: {
    label: "the date the plan is late if it has not answered",
    title: "Second opinion: the plan is late if no answer",
    fileName: "plan-late",
    description: (latest: string) =>
      `At the latest, the plan should have decided ${latest}. If you still have no answer, the plan is late: you can file a grievance. Step 4 of the helper shows you how.`,
  },
  grievanceAnswerDue: {
    label: "the date the plan should answer your grievance",
    title: "Second opinion: grievance answer due",
    fileName: "grievance-answer-due",
    description: (when: string) => `The plan should answer your grievance ${when}. If it has not, contact the state office that regulates your plan.`,
  },
  imrApplyBy: {
    label: "the date to apply for an Independent Medical Review",
    title: "Second opinion: apply for Independent Medical Review",
    fileName: "independent-medical-review-apply-by",
    description: (when: string) => `Apply for an Independent Medical Review ${when}. Do not wait until the last day.`,
  },
  /** The title of a timed reminder (the 72-hour clock): "…: the plan should decide by 3:00 pm California time". */
  byHour: (title: string, time: string) => `${title} by ${time} California time`,
  footer: "General information, not legal advice. Plans may count days their own way, so dates are “on or about”.",
};

/** The "If your request was denied" page. */
export const ifDeniedText = {
  title: "If your request was denied",
  lead: "A plan that says no to a second opinion must tell you why, in writing. You can challenge the decision, and you have time limits to do it.",
  letterHeading: "What the denial letter must include",
  stepsHeading: "What you can do, in order",
  dmhcHeading: "If a DMHC-licensed plan denied it",
  dmhcNote: "All HMOs, and many PPO, EPO and POS plans.",
  cdiHeading: "If a CDI-regulated insurance policy denied it",
  cdiNote: "Many traditional PPO insurance policies.",
  grievance: "File a grievance (a formal complaint) with your plan or insurer. The denial letter explains how.",
  howToTellHeading: "Not sure who regulates your plan?",
  mediCalHeading: "If you get Medi-Cal through a health plan",
  freeHelpHeading: "Free help",
  startHeading: "Get your own dates and a step-by-step plan",
  startIntro:
    "Answer a few questions about your plan and your request, and we will work out your own dates, show the right office to contact, and make calendar reminders.",
  startButton: "Start with my denial",
  continueButton: "Record my denial on Step 4",
  continueIntro: "You have already answered the questions. Go to Step 4 to record the denial and see your own dates.",
  rightsLink: "Read about your rights",
  regulatorFinderLink: "How to find out who regulates your plan",
};
