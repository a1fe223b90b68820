import { recordItems, surgeryItem } from "@/content/documents/checklist";
import { letterText } from "@/content/documents/letter";
import { getReason } from "@/content/legal/reasons";
import { isoFromDateParts } from "@/lib/schema/date-parts";
import { enclosureIds, reasonIds } from "@/lib/schema/options";
import { checklistTailoring } from "../checklist/model";
import { formatMediumDate } from "@/lib/dates/format";
import { present } from "../format";
import type { DocumentInput } from "../types";

export type LabelledValue = { label: string; value: string };

export type LetterBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string; strong?: boolean }
  | { kind: "fields"; items: LabelledValue[] }
  | { kind: "list"; items: string[] };

/** The request letter, as words: the PDF and the print view both draw this. */
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

/** Lines of a multi-line answer (an address), without empty ones. */
const lines = (text: string | undefined) =>
  (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

type MaybeValue = { label: string; value: string | undefined };

const definedValues = (items: MaybeValue[]): LabelledValue[] =>
  items.flatMap((item) => (item.value === undefined ? [] : [{ label: item.label, value: item.value }]));

const joinPresent = (parts: (string | undefined)[], separator = ", ") =>
  parts.map(present).filter((part): part is string => part !== undefined).join(separator);

export function buildLetter(input: DocumentInput): LetterModel {
  const { request, rules, today } = input;
  const { aboutYou, plan, doctor, submit } = request;
  const text = letterText;
  const statute = rules.statute;
  const name = present(aboutYou.fullName);

  const sender = [name, ...lines(aboutYou.address), present(aboutYou.phone), present(aboutYou.email)].filter(
    (line): line is string => line !== undefined,
  );
  const planAddress = lines(plan.planAddress);
  // No second "Attn:" line when the member already typed who it is for.
  const hasAttention = planAddress.some((line) => /\b(attn|attention|utilization management|member services)\b/i.test(line));
  const recipient = [present(plan.planName), hasAttention ? undefined : text.attention, ...planAddress].filter(
    (line): line is string => line !== undefined,
  );

  const dateOfBirth = isoFromDateParts(aboutYou.dateOfBirth);
  const reference = definedValues([
    { label: "Member", value: name },
    { label: text.dateOfBirthLabel, value: dateOfBirth ? formatMediumDate(dateOfBirth) : undefined },
    { label: text.memberIdLabel, value: present(plan.memberId) },
    { label: text.groupLabel, value: present(plan.groupNumber) },
  ]);

  const body: LetterBlock[] = [];
  body.push({ kind: "paragraph", text: statute ? text.request.withStatute(statute.citation) : text.request.withoutStatute });
  if (rules.urgent) body.push({ kind: "paragraph", text: text.urgent, strong: true });

  // The condition and the treating doctor, as the member typed them.
  const care = definedValues([
    { label: text.careLabels.condition, value: present(doctor.condition) },
    { label: text.careLabels.treatment, value: present(doctor.recommendedTreatment) },
    { label: text.careLabels.doctor, value: joinPresent([doctor.name, doctor.specialty]) || undefined },
    { label: text.careLabels.medicalGroup, value: present(doctor.medicalGroup) },
  ]);
  if (care.length > 0) body.push({ kind: "heading", text: text.careHeading }, { kind: "fields", items: care });

  // The reasons chosen, in the law's terms, in the law's order.
  const chosen = new Set(submit.reasons);
  const reasons = reasonIds.flatMap((id) => {
    if (!chosen.has(id)) return [];
    if (id === "other") {
      const other = present(submit.otherReason);
      return other ? [`${text.otherReasonLabel}: ${other}`] : [];
    }
    return [getReason(id).letter];
  });
  if (reasons.length > 0) body.push({ kind: "paragraph", text: text.reasonsIntro }, { kind: "list", items: reasons });

  // The doctor the member wants, and the out-of-network request when chosen.
  body.push({ kind: "heading", text: text.doctorHeading });
  const secondDoctor = joinPresent([submit.secondDoctorName, submit.secondDoctorSpecialty]);
  body.push({ kind: "paragraph", text: secondDoctor ? text.requestedDoctor(secondDoctor) : text.noDoctorChosen });
  if (submit.secondDoctorInNetwork === "no" && submit.outOfNetworkRequested === "yes") {
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

  const ways = [present(aboutYou.phone), present(aboutYou.email)].filter((way): way is string => way !== undefined);
  const closingLines = [ways.length > 0 ? text.contact(ways.join(" or ")) : undefined, text.thanks].filter(
    (line): line is string => line !== undefined,
  );
  body.push({ kind: "paragraph", text: closingLines.join(" ") });

  const surgery = checklistTailoring(input).surgery;
  const enclosed = new Set(submit.enclosures);
  const enclosures = enclosureIds
    .filter((id) => enclosed.has(id))
    .map((id) => (id === "treatment-plan" && surgery ? surgeryItem.letterLabel : recordItems[id].letterLabel));

  const helperName = aboutYou.hasHelper === "yes" ? present(aboutYou.helperName) : undefined;
  const helperRelationship = present(aboutYou.helperRelationship);
  const treatingDoctor = present(doctor.name);

  return {
    sender,
    date: formatMediumDate(today),
    recipient,
    urgentHeading: rules.urgent ? text.urgentHeading : undefined,
    subject: text.subject,
    reference,
    salutation: text.salutation,
    body,
    closing: text.closing,
    signatureLabel: text.signatureLabel,
    signer: name,
    memberId: present(plan.memberId),
    helper: helperName ? text.helper(helperRelationship ? `${helperName} (${helperRelationship})` : helperName) : undefined,
    enclosuresHeading: text.enclosuresHeading,
    enclosures,
    ccLabel: text.ccLabel,
    cc: treatingDoctor
      ? `${joinPresent([treatingDoctor, doctor.specialty])} ${text.ccDescription}`
      : undefined,
    footer: text.footer,
    metadata: {
      title: name ? `${text.title}: ${name}` : text.title,
      subject: joinPresent([text.title, present(plan.planName), present(plan.memberId) && `${text.memberIdLabel} ${present(plan.memberId)}`]),
      author: name,
      language: "en-US",
    },
  };
}
