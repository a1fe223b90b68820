import { isoFromDateParts } from "@/lib/dates/date-parts";
import type { DocumentLanguage } from "../language/types";
import { present } from "../format";
import type { LetterModel } from "../letter/model";
import { definedValues, letterMetadata, recipientLines, referenceFields, senderLines } from "../letter/parts";
import type { DocumentInput } from "../types";
import { authorizedHelper } from "./offered";

/**
 * The helper's authorization, as a letter the member signs: drawn by the
 * request letter's PDF and print view. Undefined when no one helps.
 */
export function buildAuthorization(input: DocumentInput, language: DocumentLanguage): LetterModel | undefined {
  const { request, today } = input;
  const helper = authorizedHelper(request);
  if (!helper) return undefined;
  const text = language.words.authorization;
  const letterText = language.words.letter;
  const { formatMediumDate } = language.dates;
  const ends = isoFromDateParts(request.aboutYou.authorizationEnds);
  return {
    sender: senderLines(request),
    date: formatMediumDate(today),
    recipient: recipientLines(request, text.attention, { keep: false }),
    subject: text.subject,
    reference: [
      ...referenceFields(request, language),
      ...definedValues([
        { label: text.planLabel, value: present(request.plan.planName) },
        { label: text.requestReferenceLabel, value: present(request.submit.requestReference) },
      ]),
    ],
    salutation: text.salutation,
    body: [
      { kind: "paragraph", text: text.intro },
      { kind: "fields", items: definedValues([{ label: text.helperLabels.name, value: helper.name }, { label: text.helperLabels.relationship, value: helper.relationship }]) },
      { kind: "paragraph", text: text.mayIntro },
      { kind: "list", items: [...text.may] },
      { kind: "paragraph", text: `${text.onlyThisRequest} ${ends ? text.until(formatMediumDate(ends)) : text.untilWithdrawn}` },
      { kind: "paragraph", text: text.planForm },
    ],
    closing: text.closing,
    signatureLabel: text.signatureLabel,
    dateLineLabel: text.dateLineLabel,
    signer: present(request.aboutYou.fullName),
    memberId: present(request.plan.memberId),
    enclosuresHeading: letterText.enclosuresHeading,
    enclosures: [],
    ccLabel: letterText.ccLabel,
    footer: text.footer,
    metadata: letterMetadata(request, text.title, language),
  };
}
