import { enclosureIds } from "@/lib/steps/options";
import { checklistTailoring } from "../checklist/model";
import { present } from "../format";
import type { DocumentLanguage } from "../language/types";
import type { DocumentInput } from "../types";
import {
  authorizationEnclosures,
  careFields,
  ccLine,
  contactLine,
  helperLine,
  letterMetadata,
  reasonItems,
  recipientLines,
  referenceFields,
  secondDoctor,
  senderLines,
  type LabelledValue,
} from "./parts";

export type LetterBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string; strong?: boolean }
  | { kind: "fields"; items: LabelledValue[] }
  | { kind: "list"; items: string[] };

/** A letter, as words: the PDF and the print view both draw this (the request letter and the grievance letter). */
export type LetterModel = {
  sender: string[];
  date: string;
  recipient: string[];
  /** Present exactly when the member said the request is urgent. */
  urgentHeading?: string;
  subject: string;
  reference: LabelledValue[];
  salutation: string;
  body: LetterBlock[];
  closing: string;
  signatureLabel: string;
  /** A line beside the signature for the date it is signed (the authorization, which is signed later than it is made). */
  dateLineLabel?: string;
  signer?: string;
  memberId?: string;
  helper?: string;
  enclosuresHeading: string;
  enclosures: string[];
  ccLabel: string;
  /** The "cc:" line: the treating doctor, when named. */
  cc?: string;
  footer: string;
  metadata: { title: string; subject: string; author?: string; language: string };
};

/**
 * The request letter in `language`. The statute's name is taken from that
 * language's citations (by the rules' source id), so a letter in the other
 * language than the page's cites the law in its own words.
 */
export function buildLetter(input: DocumentInput, language: DocumentLanguage): LetterModel {
  const { request, rules, today } = input;
  const { plan, submit } = request;
  const text = language.words.letter;
  const { recordItems, surgeryItem } = language.words.checklist;
  const statute = rules.statute && language.legal.citationFor(rules.statute.sourceId);

  const body: LetterBlock[] = [];
  body.push({ kind: "paragraph", text: statute ? text.request.withStatute(statute.citation) : text.request.withoutStatute });
  if (rules.urgent) body.push({ kind: "paragraph", text: text.urgent, strong: true });

  const care = careFields(request, language);
  if (care.length > 0) body.push({ kind: "heading", text: text.careHeading }, { kind: "fields", items: care });

  const reasons = reasonItems(request, language);
  if (reasons.length > 0) body.push({ kind: "paragraph", text: text.reasonsIntro }, { kind: "list", items: reasons });

  // The doctor the member wants, and the out-of-network request when chosen.
  body.push({ kind: "heading", text: text.doctorHeading });
  const doctor = secondDoctor(request);
  body.push({ kind: "paragraph", text: doctor ? text.requestedDoctor(doctor) : text.noDoctorChosen });
  // Asked only when the doctor is out of network (lib/steps/submit.ts); the documents get only asked answers.
  if (submit.outOfNetworkRequested === "yes") {
    const named = present(submit.secondDoctorName) !== undefined;
    body.push({ kind: "paragraph", text: named ? text.outOfNetwork.requestForNamedDoctor : text.outOfNetwork.request });
    const reason = present(submit.outOfNetworkReason);
    if (reason) body.push({ kind: "fields", items: [{ label: text.outOfNetwork.reasonLabel, value: reason }] });
    body.push({
      kind: "paragraph",
      text: statute ? `${text.outOfNetwork.travel} ${text.outOfNetwork.costWithStatute}` : text.outOfNetwork.travel,
    });
  }

  body.push({ kind: "heading", text: text.askHeading });
  body.push({
    kind: "list",
    items: [
      rules.urgent ? text.asks.writtenDecisionUrgent : text.asks.writtenDecision,
      text.asks.moreInformation,
      text.asks.denialReasons,
      ...(statute ? [text.asks.timelines] : []),
    ],
  });
  body.push({ kind: "paragraph", text: [contactLine(request, language), text.thanks].filter(Boolean).join(" ") });

  const surgery = checklistTailoring(input, language).surgery;
  const enclosed = new Set(submit.enclosures);
  const enclosures = [
    ...enclosureIds.filter((id) => enclosed.has(id)).map((id) => (id === "treatment-plan" && surgery ? surgeryItem.letterLabel : recordItems[id].letterLabel)),
    ...authorizationEnclosures(request, language),
  ];

  return {
    sender: senderLines(request),
    date: language.dates.formatMediumDate(today),
    recipient: recipientLines(request, text.attention, { keep: true }),
    urgentHeading: rules.urgent ? text.urgentHeading : undefined,
    subject: text.subject,
    reference: referenceFields(request, language),
    salutation: text.salutation,
    body,
    closing: text.closing,
    signatureLabel: text.signatureLabel,
    signer: present(request.aboutYou.fullName),
    memberId: present(plan.memberId),
    helper: helperLine(request, language),
    enclosuresHeading: text.enclosuresHeading,
    enclosures,
    ccLabel: text.ccLabel,
    cc: ccLine(request, language),
    footer: text.footer,
    metadata: letterMetadata(request, text.title, language),
  };
}
