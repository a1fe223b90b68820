import { isoFromDateParts } from "@/lib/dates/date-parts";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import type { Contact } from "@/content/legal/schemas";
import { lastOnTimeDay } from "@/lib/rules/when";
import { present } from "../format";
import type { DocumentLanguage } from "../language/types";
import { helperLine, secondDoctor } from "../letter/parts";
import type { DocumentInput } from "../types";

/** A line to copy; `value` undefined: the form asks it and the app does not, a blank to fill in. */
export type FormField = { label: string; value?: string };

export type RegulatorFormBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string; strong?: boolean }
  | { kind: "fields"; items: FormField[] }
  | { kind: "list"; items: readonly string[] };

/** The regulator-form answers, as words: the PDF and the print view both draw this. */
export type RegulatorFormModel = {
  /** dmhc / cdi: the answers; unknown: how to tell first; not-offered: off-ramped coverage. */
  kind: "dmhc" | "cdi" | "unknown" | "not-offered";
  title: string;
  blocks: RegulatorFormBlock[];
  footer: string;
  metadata: { title: string; subject: string; author?: string; language: string };
};

const dateIn =
  ({ dates }: DocumentLanguage) =>
  (parts: SecondOpinionRequest["decision"]["denialDate"]) => {
    const iso = isoFromDateParts(parts);
    return iso && dates.formatMediumDate(iso);
  };

/** The plan's latest on-time date: a member is never told the plan is late before it. */
function latestDecisionDate(rules: DocumentInput["rules"], { legal: { whenDue } }: DocumentLanguage): string | undefined {
  const due = rules.deadlines.decisionDue;
  return due ? whenDue({ date: lastOnTimeDay(due), ...(due.time ? { time: due.time } : {}) }) : undefined;
}

/** The drafted description of the problem, in the regulator's words (DMHC: grievance; CDI: appeal). */
export function describeProblem(input: DocumentInput, regulator: "dmhc" | "cdi", language: DocumentLanguage): string[] {
  const { request, rules } = input;
  const { decision, submit } = request;
  const text = language.words.regulatorForm;
  const dateOf = dateIn(language);
  const words = text[regulator].description;
  const lines: string[] = [
    words.asked({
      sent: dateOf(submit.dateSent),
      plan: present(request.plan.planName) ?? language.words.frame.myHealthPlan,
      doctor: present(secondDoctor(request)),
      condition: present(request.doctor.condition),
    }),
  ];
  if (rules.urgent || rules.grievanceUrgent) lines.push(words.urgent);
  switch (decision.outcome) {
    case "denied": {
      const reason = present(decision.denialReason);
      lines.push(reason ? words.deniedBecause(dateOf(decision.denialDate), reason) : words.deniedNoReason(dateOf(decision.denialDate)));
      break;
    }
    case "more-info": {
      lines.push(words.moreInfo(present(decision.moreInfoWhat)));
      const received = dateOf(decision.moreInfoReceivedDate);
      if (received) lines.push(words.moreInfoReceived(received));
      lines.push(words.stillNoDecision);
      break;
    }
    default:
      lines.push(words.noDecision(latestDecisionDate(rules, language)));
  }
  const filed = dateOf(decision.grievanceFiledDate);
  if (filed) {
    lines.push(words.grievanceFiled(filed));
    const answered = dateOf(decision.grievanceDecisionDate);
    lines.push(answered ? words.grievanceAnswered(answered) : words.grievanceNotAnswered);
  }
  lines.push(words.wants(present(secondDoctor(request))));
  return [lines.join(" ")];
}

/** The member's answers under plain headings, in the order DMHC's form asks for them; blanks for what the app does not ask. */
function answerBlocks(request: SecondOpinionRequest, language: DocumentLanguage): RegulatorFormBlock[] {
  const { aboutYou, plan, doctor } = request;
  const text = language.words.regulatorForm;
  const { formatMediumDate } = language.dates;
  const labels = text.labels;
  const birth = isoFromDateParts(aboutYou.dateOfBirth);
  const section = (heading: string, items: FormField[]): RegulatorFormBlock[] => [
    { kind: "heading", text: heading },
    { kind: "fields", items },
  ];
  // An answer left empty is a blank to fill in too.
  const value = (label: string, answer: string | undefined): FormField => {
    const typed = present(answer);
    return typed ? { label, value: typed } : { label };
  };
  const helper = helperLine(request, language);
  return [
    ...section(text.sections.patient, [
      value(labels.name, aboutYou.fullName),
      { label: labels.sex },
      value(labels.dateOfBirth, birth && formatMediumDate(birth)),
      { label: labels.guardian },
    ]),
    ...section(text.sections.contact, [
      value(labels.address, aboutYou.address?.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).join(", ")),
      value(labels.phone, aboutYou.phone),
      value(labels.email, aboutYou.email),
      { label: labels.language },
      ...(helper ? [{ label: labels.helper, value: helper }] : []),
    ]),
    ...section(text.sections.plan, [
      value(labels.planName, plan.planName),
      value(labels.memberId, plan.memberId),
      value(labels.groupNumber, plan.groupNumber),
      value(labels.medicalGroup, doctor.medicalGroup),
      { label: labels.employer },
    ]),
    ...section(text.sections.doctor, [value(labels.doctorName, doctor.name), value(labels.doctorSpecialty, doctor.specialty)]),
    ...section(text.sections.diagnosis, [value(labels.condition, doctor.condition), value(labels.treatment, doctor.recommendedTreatment)]),
    ...section(text.sections.asked, [{ label: labels.service, value: text.service }, value(labels.secondDoctor, secondDoctor(request))]),
  ];
}

/** A contact's phone, web, mail and fax lines, as printed in the facts sheet. */
const contactLines = (contact: Contact): string[] =>
  contact.methods.map((method) => `${method.label}: ${"number" in method ? method.number : "url" in method ? method.url : method.address}`);

function imrDeadline(rules: DocumentInput["rules"], text: DocumentLanguage["words"]["regulatorForm"]): string {
  const applyBy = rules.deadlines.imrApplyBy;
  return applyBy ? `${text.deadline(applyBy.when)} ${applyBy.caveat ?? ""}`.trim() : text.deadlineUnknown;
}

/** "Answers for the regulator's form" for these answers: DMHC's order, CDI's facts, how to tell, or not offered. */
export function buildRegulatorForm(input: DocumentInput, language: DocumentLanguage): RegulatorFormModel {
  const { request, rules } = input;
  const text = language.words.regulatorForm;
  const regulatorFormSources = language.words.regulatorFormSources;
  const { getContact, getRegulator } = language.legal;
  const name = present(request.aboutYou.fullName);
  const metadata = {
    title: name ? `${text.title}: ${name}` : text.title,
    subject: language.words.frame.subjects.regulatorForm,
    author: name,
    language: language.tag,
  };
  const base = { title: text.title, footer: text.footer, metadata };
  if (rules.offRamp) {
    return {
      ...base,
      kind: "not-offered",
      blocks: [
        { kind: "paragraph", text: text.notOffered.intro },
        { kind: "heading", text: text.notOffered.whereToGoHeading },
        { kind: "list", items: rules.offRamp.whereToGo.map((item) => item.text) },
      ],
    };
  }
  const regulator = rules.regulator;
  // A regulator guessed from the plan type is not enough: the address depends on it.
  if (regulator === "unknown" || rules.regulatorIsAssumed) {
    return {
      ...base,
      kind: "unknown",
      blocks: [
        { kind: "paragraph", text: text.unknown.intro },
        { kind: "heading", text: text.unknown.howToTellHeading },
        { kind: "list", items: [getRegulator("dmhc").howToTell.text, getRegulator("cdi").howToTell.text] },
      ],
    };
  }
  const words = text[regulator];
  const send: RegulatorFormBlock[] =
    regulator === "dmhc"
      ? (() => {
          const helpCenter = getContact(regulatorFormSources.dmhcContactIds[0]);
          const mailFax = getContact(regulatorFormSources.dmhcContactIds[1]);
          const website = helpCenter.methods.find((method) => method.kind === "web");
          return [
            { kind: "paragraph", text: `${text.dmhc.sendOnline} ${website && "url" in website ? website.url : ""}.` },
            { kind: "paragraph", text: text.dmhc.sendPaper },
            { kind: "list", items: contactLines(mailFax) },
            { kind: "list", items: contactLines(helpCenter) },
          ];
        })()
      : [
          { kind: "paragraph", text: text.cdi.sendIntro },
          { kind: "list", items: regulatorFormSources.cdiContactIds.map(getContact).flatMap(contactLines) },
        ];
  return {
    ...base,
    kind: regulator,
    blocks: [
      { kind: "paragraph", text: words.intro },
      { kind: "paragraph", text: text.copyNote, strong: true },
      { kind: "paragraph", text: text.blankNote },
      ...answerBlocks(request, language),
      { kind: "heading", text: text.sections.description },
      { kind: "paragraph", text: text.descriptionIntro },
      ...describeProblem(input, regulator, language).map((line): RegulatorFormBlock => ({ kind: "paragraph", text: line })),
      { kind: "heading", text: text.sections.attach },
      { kind: "paragraph", text: words.copies },
      { kind: "list", items: words.attach },
      { kind: "heading", text: text.sections.send },
      ...send,
      { kind: "heading", text: text.sections.deadline },
      { kind: "paragraph", text: imrDeadline(rules, text), strong: true },
    ],
  };
}
