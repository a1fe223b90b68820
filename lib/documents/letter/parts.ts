// The pieces every letter is made of (the request letter, the grievance
// letter): who it is from and to, the member's reference details, the care in
// question, the reasons, and the signature's helper and cc lines. Each letter's
// model puts them together with its own words.
import { isoFromDateParts } from "@/lib/dates/date-parts";
import { reasonIds } from "@/lib/steps/options";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { authorizedHelper } from "../authorization/offered";
import { present } from "../format";
import type { DocumentLanguage } from "../language/types";

export type LabelledValue = { label: string; value: string };

type MaybeValue = { label: string; value: string | undefined };

/** Lines of a multi-line answer (an address), without empty ones. */
const lines = (text: string | undefined) =>
  (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export const definedValues = (items: MaybeValue[]): LabelledValue[] =>
  items.flatMap((item) => (item.value === undefined ? [] : [{ label: item.label, value: item.value }]));

const joinPresent = (parts: (string | undefined)[], separator = ", ") =>
  parts.map(present).filter((part): part is string => part !== undefined).join(separator);

const defined = (items: (string | undefined)[]): string[] => items.filter((item): item is string => item !== undefined);

/** The sender block: name, address lines, phone, email. */
export function senderLines({ aboutYou }: SecondOpinionRequest): string[] {
  return defined([present(aboutYou.fullName), ...lines(aboutYou.address), present(aboutYou.phone), present(aboutYou.email)]);
}

const ATTENTION_LINE = /^(attn|attention)\b/i;

/**
 * The plan's name, an "Attn:" line and the address the member typed.
 * `keep`: the member's own "Attn:" line is for this letter too (the request
 * letter goes where they were told to send it), so none is added; otherwise
 * their "Attn:" lines are left out for this letter's.
 */
export function recipientLines({ plan }: SecondOpinionRequest, attention: string, { keep }: { keep: boolean }): string[] {
  const address = lines(plan.planAddress);
  if (!keep) return defined([present(plan.planName), attention, ...address.filter((line) => !ATTENTION_LINE.test(line))]);
  // No second "Attn:" line when the member already typed who it is for.
  const hasAttention = address.some((line) => /\b(attn|attention|utilization management|member services)\b/i.test(line));
  return defined([present(plan.planName), hasAttention ? undefined : attention, ...address]);
}

/** Member, date of birth, member ID and group, as far as they were entered. */
export function referenceFields({ aboutYou, plan }: SecondOpinionRequest, { words, dates }: DocumentLanguage): LabelledValue[] {
  const dateOfBirth = isoFromDateParts(aboutYou.dateOfBirth);
  const letterText = words.letter;
  return definedValues([
    { label: words.frame.memberLabel, value: present(aboutYou.fullName) },
    { label: letterText.dateOfBirthLabel, value: dateOfBirth ? dates.formatMediumDate(dateOfBirth) : undefined },
    { label: letterText.memberIdLabel, value: present(plan.memberId) },
    { label: letterText.groupLabel, value: present(plan.groupNumber) },
  ]);
}

/** The condition and the treating doctor, as the member typed them. */
export function careFields({ doctor }: SecondOpinionRequest, { words }: DocumentLanguage): LabelledValue[] {
  const labels = words.letter.careLabels;
  return definedValues([
    { label: labels.condition, value: present(doctor.condition) },
    { label: labels.treatment, value: present(doctor.recommendedTreatment) },
    { label: labels.doctor, value: joinPresent([doctor.name, doctor.specialty]) || undefined },
    { label: labels.medicalGroup, value: present(doctor.medicalGroup) },
  ]);
}

/** The reasons chosen, in the law's terms, in the law's order. */
export function reasonItems({ submit }: SecondOpinionRequest, { words, legal }: DocumentLanguage): string[] {
  const chosen = new Set(submit.reasons);
  return reasonIds.flatMap((id) => {
    if (!chosen.has(id)) return [];
    if (id === "other") {
      const other = present(submit.otherReason);
      return other ? [`${words.letter.otherReasonLabel}: ${other}`] : [];
    }
    return [legal.getReason(id).letter];
  });
}

/** The doctor the member wants for the second opinion: "Dr. Lena Whitfield, Neurosurgery", or "". */
export const secondDoctor = ({ submit }: SecondOpinionRequest) => joinPresent([submit.secondDoctorName, submit.secondDoctorSpecialty]);

/** "You can reach me at … or …", when the member gave a phone or an email. */
export function contactLine({ aboutYou }: SecondOpinionRequest, { words }: DocumentLanguage): string | undefined {
  const ways = defined([present(aboutYou.phone), present(aboutYou.email)]);
  return ways.length > 0 ? words.letter.contact(ways.join(` ${words.frame.or} `)) : undefined;
}

/** "Prepared with the help of Ana García (daughter).", when someone helps. */
export function helperLine({ aboutYou }: SecondOpinionRequest, { words }: DocumentLanguage): string | undefined {
  // The documents get only asked answers: a helper's name is there only when someone helps.
  const helperName = present(aboutYou.helperName);
  if (!helperName) return undefined;
  const relationship = present(aboutYou.helperRelationship);
  return words.letter.helper(relationship ? `${helperName} (${relationship})` : helperName);
}

/** "Authorization for Ana Sánchez", enclosed with a letter when someone helps (the member signs it too). */
export function authorizationEnclosures(request: SecondOpinionRequest, { words }: DocumentLanguage): string[] {
  const helper = authorizedHelper(request);
  return helper ? [words.authorization.enclosure(helper.name)] : [];
}

/** The "cc:" line's value: the treating doctor, when named. */
export function ccLine({ doctor }: SecondOpinionRequest, { words }: DocumentLanguage): string | undefined {
  const treatingDoctor = present(doctor.name);
  return treatingDoctor ? `${joinPresent([treatingDoctor, doctor.specialty])} ${words.letter.ccDescription}` : undefined;
}

/** The PDF's properties: "<title>: <name>", and the plan and member ID as its subject. */
export function letterMetadata({ aboutYou, plan }: SecondOpinionRequest, title: string, { words, tag }: DocumentLanguage) {
  const name = present(aboutYou.fullName);
  const memberId = present(plan.memberId);
  return {
    title: name ? `${title}: ${name}` : title,
    subject: joinPresent([title, present(plan.planName), memberId && `${words.letter.memberIdLabel} ${memberId}`]),
    author: name,
    language: tag,
  };
}
