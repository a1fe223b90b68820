import { grievanceClockId } from "@/lib/rules/deadlines";
import { isClockTime } from "@/lib/dates/california-time";
import { isoFromDateParts } from "@/lib/dates/date-parts";
import type { Call, SecondOpinionRequest } from "@/lib/steps/request";
import { lastOnTimeDay } from "@/lib/rules/when";
import { present } from "../format";
import type { DocumentLanguage } from "../language/types";
import type { LetterBlock, LetterModel } from "../letter/model";
import {
  authorizationEnclosures,
  careFields,
  ccLine,
  contactLine,
  definedValues,
  helperLine,
  letterMetadata,
  reasonItems,
  recipientLines,
  referenceFields,
  secondDoctor,
  senderLines,
} from "../letter/parts";
import type { DocumentInput, DocumentRules } from "../types";

/** What the grievance is about: a written denial, or no decision (whatever else is recorded, only "denied" is a denial). */
const grievanceKind = (request: SecondOpinionRequest): "denied" | "no-answer" =>
  request.decision.outcome === "denied" ? "denied" : "no-answer";

/** "December 17, 2026", or "December 17, 2026, 3:00 pm" with a time. */
function dateWithTime(parts: Call["date"], time: string | undefined, { dates: { formatMediumDate, formatTime } }: DocumentLanguage): string | undefined {
  const iso = isoFromDateParts(parts);
  if (!iso) return undefined;
  return time && isClockTime(time) ? `${formatMediumDate(iso)}, ${formatTime(time)}` : formatMediumDate(iso);
}

/** The calls the member logged, oldest first (undated ones last), as one line each. */
function callLines(calls: readonly Call[], language: DocumentLanguage): string[] {
  const text = language.words.grievance.call;
  return calls
    .map((call) => ({ call, iso: isoFromDateParts(call.date) ?? "9999" }))
    .sort((a, b) => a.iso.localeCompare(b.iso))
    .flatMap(({ call }) => {
      const spokeTo = present(call.spokeTo);
      const reference = present(call.referenceNumber);
      const said = present(call.notes);
      const details = [spokeTo && text.spokeTo(spokeTo), reference && text.reference(reference), said && text.said(said)].filter(
        (part): part is string => Boolean(part),
      );
      const when = dateWithTime(call.date, call.time, language);
      if (details.length === 0) return when ? [when] : [];
      return [when ? `${when}: ${details.join(" ")}` : details.join(" ")];
    });
}

/**
 * How soon the plan must answer a grievance, when the content gives a clock
 * for the member's regulator (DMHC plans: 30 calendar days, 3 when urgent).
 * None without a grievance section (state law does not apply, or the
 * regulator is not known).
 */
function answerClock(rules: DocumentRules, { legal: { getClock, citationFor, lengthLabel } }: DocumentLanguage): { length: string; citation: string } | undefined {
  if (!rules.grievanceStatute) return undefined;
  const clock = getClock(grievanceClockId(rules.grievanceUrgent, rules.regulator));
  const sourceId = rules.regulator === "cdi" ? clock.cdiSourceId : clock.dmhcSourceId;
  if (!sourceId || !clock.unit) return undefined;
  return { length: lengthLabel(clock.amount, clock.unit), citation: citationFor(sourceId).citation };
}

/** When a DMHC member may go to DMHC: only for a regulator the member named, and a plan under state law (the letter names no statute otherwise). */
function regulatorLine(rules: DocumentRules, { words, legal: { getClock, citationFor, lengthLabel } }: DocumentLanguage): string | undefined {
  if (rules.regulator !== "dmhc" || rules.regulatorIsAssumed || !rules.statute) return undefined;
  const grievanceText = words.grievance;
  const clock = getClock("regulator-complaint");
  if (!clock.dmhcSourceId || !clock.unit) return undefined;
  const citation = citationFor(clock.dmhcSourceId).citation;
  return rules.grievanceUrgent
    ? grievanceText.regulator.urgent(citation)
    : grievanceText.regulator.afterWaiting(lengthLabel(clock.amount, clock.unit), citation);
}

/** The grievance letter, as words: drawn by the request letter's PDF and print view. */
export function buildGrievanceLetter(input: DocumentInput, language: DocumentLanguage): LetterModel {
  const { request, rules, today } = input;
  const { plan, submit, decision } = request;
  const text = language.words.grievance;
  const letterText = language.words.letter;
  const { formatMediumDate } = language.dates;
  const { citationFor, whenDue } = language.legal;
  const words = rules.mediCal ? text.mediCal : text;
  const kind = grievanceKind(request);
  // The law's names in this letter's language, by the rules' source ids.
  const statute = rules.statute ? citationFor(rules.statute.sourceId).citation : undefined;

  const body: LetterBlock[] = [];
  body.push({ kind: "paragraph", text: kind === "denied" ? words.opening.denied(statute) : words.opening.noAnswer(statute) });
  const grievanceSection = rules.grievanceStatute;
  body.push({
    kind: "paragraph",
    text:
      grievanceSection && grievanceSection.sourceId !== rules.statute?.sourceId
        ? text.grievanceSection(citationFor(grievanceSection.sourceId).citation)
        : text.grievanceProcess,
  });
  if (rules.grievanceUrgent) body.push({ kind: "paragraph", text: rules.regulator === "dmhc" ? text.urgent.dmhc : text.urgent.other, strong: true });

  // The earlier request: when it was sent and received, and what came of it.
  const sentOn = isoFromDateParts(submit.dateSent);
  const sent = submit.sentMethod && submit.sentMethod !== "not-yet" ? text.sentMethods[submit.sentMethod] : undefined;
  const received = dateWithTime(submit.dateReceived, submit.timeReceived, language);
  // The latest date: a grievance says the plan is late only once even that has passed.
  const decisionDue = rules.deadlines.decisionDue;
  const due = kind === "no-answer" && decisionDue ? whenDue({ date: lastOnTimeDay(decisionDue), ...(decisionDue.time ? { time: decisionDue.time } : {}) }) : undefined;
  const planGiven = kind === "no-answer" ? isoFromDateParts(decision.planGivenDueDate) : undefined;
  const denialDate = kind === "denied" ? isoFromDateParts(decision.denialDate) : undefined;
  const labels = text.requestLabels;
  const requestFields = definedValues([
    { label: labels.sent, value: [sentOn && formatMediumDate(sentOn), sent].filter(Boolean).join(", ") || undefined },
    { label: labels.received, value: received },
    { label: labels.reference, value: present(submit.requestReference) },
    { label: labels.doctor, value: secondDoctor(request) || undefined },
    { label: labels.due, value: due },
    { label: labels.planGiven, value: planGiven && formatMediumDate(planGiven) },
    { label: labels.denial, value: denialDate && formatMediumDate(denialDate) },
    { label: labels.denialReason, value: kind === "denied" ? present(decision.denialReason) : undefined },
  ]);
  body.push({ kind: "heading", text: text.requestHeading });
  if (requestFields.length > 0) body.push({ kind: "fields", items: requestFields });
  if (kind === "no-answer") body.push({ kind: "paragraph", text: text.noDecision });

  const calls = callLines(request.memberServices.calls, language);
  if (calls.length > 0) body.push({ kind: "heading", text: text.callsHeading }, { kind: "list", items: calls });

  const care = careFields(request, language);
  if (care.length > 0) body.push({ kind: "heading", text: letterText.careHeading }, { kind: "fields", items: care });
  const reasons = reasonItems(request, language);
  if (reasons.length > 0) body.push({ kind: "paragraph", text: text.reasonsIntro }, { kind: "list", items: reasons });

  const clock = answerClock(rules, language);
  const answer = clock
    ? (rules.grievanceUrgent ? (rules.regulator === "cdi" ? text.asks.urgentDecisionWithin : text.asks.urgentWithin) : text.asks.answerWithin)(
        clock.length,
        clock.citation,
      )
    : rules.grievanceUrgent
      ? text.asks.urgent
      : text.asks.answer;
  body.push({ kind: "heading", text: text.askHeading });
  body.push({
    kind: "list",
    items: [kind === "denied" ? text.asks.reverse : text.asks.decide, answer, text.asks.received, text.asks.reasons],
  });
  const regulator = regulatorLine(rules, language);
  if (regulator) body.push({ kind: "paragraph", text: regulator });
  body.push({ kind: "paragraph", text: [contactLine(request, language), text.thanks].filter(Boolean).join(" ") });

  return {
    sender: senderLines(request),
    date: formatMediumDate(today),
    recipient: recipientLines(request, text.attention, { keep: false }),
    urgentHeading: rules.grievanceUrgent ? text.urgentHeading : undefined,
    subject: kind === "denied" ? words.subject.denied : words.subject.noAnswer,
    reference: referenceFields(request, language),
    salutation: text.salutation,
    body,
    closing: letterText.closing,
    signatureLabel: letterText.signatureLabel,
    signer: present(request.aboutYou.fullName),
    memberId: present(plan.memberId),
    helper: helperLine(request, language),
    enclosuresHeading: letterText.enclosuresHeading,
    enclosures: [
      text.enclosures.request(sentOn && formatMediumDate(sentOn)),
      ...(kind === "denied" ? [text.enclosures.denial(denialDate && formatMediumDate(denialDate))] : []),
      ...authorizationEnclosures(request, language),
    ],
    ccLabel: letterText.ccLabel,
    cc: ccLine(request, language),
    footer: words.footer,
    metadata: letterMetadata(request, words.title, language),
  };
}
