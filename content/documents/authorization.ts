import type { Statement } from "@/content/legal/statement";

// Words of the helper's authorization: a short letter the member signs so the
// plan will talk with the person helping them about this request. The letter
// states only what the member allows; it claims no law. The notes around it
// are legal statements, each with its source from the facts sheet (section 7
// for DMHC's Authorized Assistant Form).

export const authorizationText = {
  title: "Authorization for someone to help me",
  attention: "Attn: Member Services",
  subject: "Re: Authorization for a person to help with my second-opinion request",
  planLabel: "Health plan",
  requestReferenceLabel: "Request reference number",
  salutation: "Dear Member Services:",
  intro: "I authorize the person named below to help me with my request for a second medical opinion.",
  helperLabels: { name: "Name", relationship: "Relationship to me" },
  mayIntro: "This person may:",
  may: [
    "Talk with you about this request.",
    "Get information from you about this request, including your decision.",
    "Send you documents for this request.",
  ],
  onlyThisRequest: "This authorization is only for this request for a second opinion.",
  until: (date: string) => `It lasts until ${date}, unless I withdraw it in writing before then.`,
  untilWithdrawn: "It lasts until I withdraw it in writing.",
  planForm: "Please add this letter to my file. If you have your own form for this, please send it to me.",
  closing: "Sincerely,",
  signatureLabel: "Member’s signature",
  dateLineLabel: "Date",
  /** The PDF's footer and running header. */
  footer: "Authorization for a person to help me",
  /** "Authorization for Ana Sánchez": how the request and grievance letters list it as enclosed. */
  enclosure: (helperName: string) => `Authorization for ${helperName}`,
} as const;

/** The notes beside the letter on its page: what else to use, with the source of each. */
export const authorizationNotes = {
  planForm: {
    text: "Your plan may have its own form for this. Ask member services. If it has one, fill it in and send it too.",
    sourceId: "practice",
  },
  dmhcForm: {
    text: "If you take your case to the DMHC, use its own Authorized Assistant Form. Send it with the IMR/Complaint form. You and your helper both sign it. It comes in English and Spanish.",
    sourceId: "dmhc-imr-complaint-form",
  },
} as const satisfies Record<string, Statement>;

export const authorizationPageText = {
  intro: "This is the same letter as the PDF. Print it, sign it and send it to your plan with your request.",
  print: "Print this letter",
  notesHeading: "Before you send it",
  notLegalAdvice: "This letter is general information, not legal advice.",
  noHelper: "We do not have the name of someone helping you with this request, so there is nothing to authorize.",
  noHelperAction: "Add the person helping you on the About you page",
  loading: "Loading your letter…",
} as const;
