// Wording of the grievance letter: a formal complaint to the plan about a
// second-opinion request it denied or did not answer. The legal facts it
// relies on come from elsewhere: the second-opinion statute and the grievance
// section from lib/rules (content/legal/regulators.ts), the clocks' lengths
// and sources from content/legal/clocks.ts. This file holds only how the
// letter says them. Labels shared with the request letter (member ID, the
// condition and doctor, cc) are in content/documents/letter.ts.

export const grievanceText = {
  title: "Grievance about a second medical opinion request",
  /** Medi-Cal managed care plans call their process "grievance and appeal" (facts sheet, section 1). */
  mediCal: {
    title: "Grievance and appeal about a second medical opinion request",
    subject: {
      denied: "Re: Grievance and appeal: you denied my request for a second medical opinion",
      noAnswer: "Re: Grievance and appeal: no decision on my request for a second medical opinion",
    },
    opening: {
      denied: (statute: string | undefined) =>
        `I am filing a grievance and appeal about your denial of my request for a second medical opinion${statute ? `, which I made under ${statute}` : ""}.`,
      noAnswer: (statute: string | undefined) =>
        `I am filing a grievance and appeal because you have not decided my request for a second medical opinion${statute ? `, which I made under ${statute}` : ""}.`,
    },
    footer: "Grievance and appeal about a second medical opinion request",
  },
  attention: "Attn: Grievance and Appeals Department",
  urgentHeading: "URGENT: expedited review of this grievance requested",
  subject: {
    denied: "Re: Grievance: you denied my request for a second medical opinion",
    noAnswer: "Re: Grievance: no decision on my request for a second medical opinion",
  },
  salutation: "Dear Grievance and Appeals Department:",
  /** The opening. `statute` is the second-opinion statute's full name, from the rules. */
  opening: {
    denied: (statute: string | undefined) =>
      `I am filing a grievance about your denial of my request for a second medical opinion${statute ? `, which I made under ${statute}` : ""}.`,
    noAnswer: (statute: string | undefined) =>
      `I am filing a grievance because you have not decided my request for a second medical opinion${statute ? `, which I made under ${statute}` : ""}.`,
  },
  /** `citation`: the grievance section, from the rules; only when it is not the statute already named. */
  grievanceSection: (citation: string) => `Please handle this letter as a grievance under ${citation}.`,
  grievanceProcess: "Please handle this letter as a grievance through your grievance process.",
  /** Severe pain counts for a DMHC plan's urgent grievance (HSC §1368.01(b)); the facts give no such rule for a CDI policy. */
  urgent: {
    dmhc: "My case is urgent. I face a serious and imminent threat to my health, including possible loss of life, limb or major bodily function; or waiting the normal time could seriously harm my life, my health or my ability to regain maximum function; or I am in severe pain. Please review this grievance on an expedited basis.",
    other:
      "My case is urgent. I face a serious and imminent threat to my health, including possible loss of life, limb or major bodily function; or waiting the normal time could seriously harm my life, my health or my ability to regain maximum function. Please review this grievance on an expedited basis.",
  },
  requestHeading: "My request for a second opinion",
  requestLabels: {
    sent: "Sent",
    reference: "Your reference number for it",
    received: "Received by you",
    due: "Your decision was due, by my count",
    planGiven: "The date you told me you would decide by",
    denial: "Your written denial",
    denialReason: "The reason you gave",
    doctor: "The doctor I asked for",
  },
  sentMethods: {
    mail: "by mail",
    fax: "by fax",
    portal: "through your website or app",
    email: "by email",
    "in-person": "in person",
  },
  noDecision: "I have not received a decision.",
  callsHeading: "My calls to member services",
  call: {
    spokeTo: (name: string) => `I spoke with ${name}.`,
    reference: (number: string) => `Reference number: ${number}.`,
    said: (what: string) => `What I was told: ${what}`,
  },
  reasonsIntro: "I asked for a second opinion for these reasons:",
  askHeading: "What I am asking you to do",
  asks: {
    reverse: "Reverse your denial and authorize the second opinion I asked for.",
    decide: "Decide my request and authorize the second opinion I asked for.",
    /** `length` ("30 calendar days") and `citation` from content/legal/clocks.ts through the rules' sources. */
    answerWithin: (length: string, citation: string) =>
      `Send me your written decision on this grievance within ${length} of receiving it (${citation}).`,
    urgentWithin: (length: string, citation: string) =>
      `Because my case is urgent, send me your written decision, or a written report on the status of this grievance, within ${length} of receiving it (${citation}).`,
    /** A CDI insurer's urgent internal appeal: a decision, not a status report, within the clock. */
    urgentDecisionWithin: (length: string, citation: string) =>
      `Because my case is urgent, send me your written decision on this grievance within ${length} of receiving it (${citation}).`,
    answer: "Send me your written decision on this grievance, and tell me how long your grievance process takes.",
    urgent: "Because my case is urgent, tell me in writing how soon you will decide this grievance.",
    received: "Confirm in writing the date you received this grievance.",
    reasons: "If you do not authorize the second opinion, explain your reasons in writing.",
  },
  /** A DMHC plan the member named: when they may go to DMHC (the clock's length and source from content/legal). */
  regulator: {
    afterWaiting: (length: string, citation: string) =>
      `I understand that I may ask the Department of Managed Health Care for help if this grievance is not resolved within ${length} (${citation}).`,
    urgent: (citation: string) =>
      `I understand that, because my case is urgent, I may ask the Department of Managed Health Care for help right away (${citation}).`,
  },
  thanks: "Thank you for your prompt attention to this grievance.",
  enclosures: {
    request: (sent: string | undefined) => (sent ? `A copy of my request for a second opinion, sent ${sent}` : "A copy of my request for a second opinion"),
    denial: (dated: string | undefined) => (dated ? `A copy of your written denial dated ${dated}` : "A copy of your written denial"),
  },
  footer: "Grievance about a second medical opinion request",
} as const;
