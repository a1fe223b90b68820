// Wording of the request letter. The legal facts it relies on (which statute,
// whether the request is urgent, the regulator) come from lib/rules; this file
// holds only how the letter says them. The reasons, in the law's terms, are
// in content/legal/reasons.ts (`letter`).

export const letterText = {
  title: "Request for a second medical opinion",
  attention: "Attn: Member Services / Utilization Management",
  urgentHeading: "URGENT: expedited review requested",
  subject: "Re: Request for a second medical opinion",
  salutation: "Dear Member Services:",
  /** The opening request. `citation` is the statute's full name, from the rules. */
  request: {
    withStatute: (citation: string) =>
      `I am writing to request a second medical opinion from an appropriately qualified health care professional, under ${citation}.`,
    withoutStatute: "I am writing to request a second medical opinion from an appropriately qualified health care professional.",
  },
  urgent:
    "This request is urgent. I face a serious and imminent threat to my health, including possible loss of life, limb or major bodily function; or waiting the normal time could seriously harm my life, my health or my ability to regain maximum function. Please review this request on an expedited basis and give me your decision within 72 hours of receiving it.",
  careHeading: "My condition and my treating doctor",
  careLabels: {
    condition: "Diagnosis or condition",
    treatment: "Recommended treatment",
    doctor: "Treating doctor",
    medicalGroup: "Medical group or IPA",
  },
  reasonsIntro: "I am asking for a second opinion for the following reasons:",
  otherReasonLabel: "Other reason",
  doctorHeading: "The doctor I would like to see",
  requestedDoctor: (doctor: string) => `I would like the second opinion to be given by ${doctor}.`,
  noDoctorChosen:
    "I have not yet chosen a doctor for the second opinion. Please tell me how to choose an appropriately qualified health care professional for it.",
  outOfNetwork: {
    requestForNamedDoctor:
      "This doctor is not in your network. I ask you to authorize this out-of-network second opinion, because no participating provider is appropriately qualified to give it.",
    request:
      "I ask you to authorize a second opinion from a doctor outside your network, because no participating provider is appropriately qualified to give it.",
    reasonLabel: "Why no doctor in your network can give this opinion",
    travel: "Please take my ability to travel into account.",
    costWithStatute:
      "I understand that I should pay only the copayment or other cost sharing that my plan charges for a similar referral.",
  },
  askHeading: "What I am asking you to do",
  asks: {
    writtenDecision: "Send me your decision in writing as soon as possible.",
    writtenDecisionUrgent: "Send me your decision in writing within 72 hours of receiving this request.",
    denialReasons:
      "If you deny this request in whole or in part, explain the reasons in writing and tell me how to dispute the decision through your grievance process.",
    timelines: "Send me a copy of your timelines for responding to requests for a second opinion.",
    moreInformation:
      "If you need more information to decide, tell me in writing what you need and when you expect to decide.",
  },
  contact: (ways: string) => `You can reach me at ${ways}.`,
  thanks: "Thank you for your prompt attention to this request.",
  closing: "Sincerely,",
  signatureLabel: "Signature",
  helper: (helper: string) => `Prepared with the help of ${helper}.`,
  dateOfBirthLabel: "Date of birth",
  memberIdLabel: "Member ID",
  groupLabel: "Group",
  enclosuresHeading: "Enclosures",
  ccLabel: "cc",
  ccDescription: "(treating doctor)",
  footer: "Request for a second medical opinion",
} as const;
