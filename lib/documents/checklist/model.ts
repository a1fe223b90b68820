import type { extraItems, ChecklistItemText } from "@/content/documents/checklist";
import { enclosureIds, type EnclosureId } from "@/lib/steps/options";
import { present } from "../format";
import type { DocumentLanguage } from "../language/types";
import type { DocumentInput } from "../types";

export type ChecklistRow = { label: string; detail?: string } & {
  id: EnclosureId | keyof typeof extraItems;
  /** The member listed this record among the letter's enclosures. */
  enclosed: boolean;
};

/** A labelled line at the top; a blank line to write on when `value` is undefined. */
export type ChecklistField = { label: string; value?: string };

/** The records checklist, as words: the PDF and the print view both draw this. */
export type ChecklistModel = {
  title: string;
  intro: string;
  fields: ChecklistField[];
  /** When the plan must answer; a blank line in the blank version; absent when unknown. */
  due?: ChecklistField;
  columns: DocumentLanguage["words"]["checklist"]["checklistText"]["columns"];
  rows: ChecklistRow[];
  /** Shown on rows the member listed among the letter's enclosures. */
  enclosedNote: string;
  tipsHeading: string;
  tips: string[];
  footer: string;
  /** The print view's screen-reader words: the tick-box column, and a line to fill in by hand. */
  doneColumn: string;
  blankToFill: string;
  /** The document's language (the print view's `lang`). */
  lang: string;
  metadata: { title: string; subject: string; author?: string; language: string };
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function mentionsAny(texts: (string | undefined)[], words: readonly string[], suffixes: readonly string[] = []): boolean {
  const pattern = new RegExp(
    [
      ...words.map((word) => `\\b${escapeRegExp(word)}\\b`),
      ...suffixes.map((suffix) => `\\w${escapeRegExp(suffix)}\\b`),
    ].join("|"),
    "i",
  );
  return texts.some((text) => text !== undefined && pattern.test(text));
}

/** Which tailored rows the answers call for. */
export function checklistTailoring(input: DocumentInput, language: DocumentLanguage): { imaging: boolean; surgery: boolean; urgent: boolean } {
  const { request, rules } = input;
  const { imagingWords, surgeryWords, surgerySuffixes } = language.words.checklist;
  const texts = [request.doctor.condition, request.doctor.recommendedTreatment, request.submit.otherReason];
  return {
    imaging: request.submit.enclosures.includes("imaging-disc") || mentionsAny(texts, imagingWords),
    surgery:
      request.submit.reasons.includes("questions-surgery") ||
      mentionsAny([request.doctor.recommendedTreatment], surgeryWords, surgerySuffixes),
    urgent: rules.urgent,
  };
}

/** The checklist for the member's answers, or the blank one when `input` is null. */
export function buildChecklist(input: DocumentInput | null, language: DocumentLanguage): ChecklistModel {
  const { checklistText, extraItems, recordItems, surgeryItem, tips } = language.words.checklist;
  const tailoring = input ? checklistTailoring(input, language) : { imaging: true, surgery: false, urgent: false };
  const enclosed = new Set<EnclosureId>(input?.request.submit.enclosures ?? []);

  const recordRow = (id: EnclosureId, text: Pick<ChecklistItemText, "detail"> & { label: string } = recordItems[id]): ChecklistRow => ({
    id,
    label: text.label,
    detail: text.detail,
    enclosed: enclosed.has(id),
  });
  const rows: ChecklistRow[] = [];
  for (const id of enclosureIds) {
    if (id === "imaging-disc" && !tailoring.imaging) continue;
    if (id === "treatment-plan" && tailoring.surgery) {
      rows.push(recordRow(id, surgeryItem));
      continue;
    }
    rows.push(recordRow(id));
  }
  if (tailoring.urgent) rows.unshift({ id: "urgentNote", ...extraItems.urgentNote, enclosed: false });
  rows.push({ id: "requestLetter", ...extraItems.requestLetter, enclosed: false });

  const request = input?.request;
  const name = present(request?.aboutYou.fullName);
  const fields: ChecklistField[] = [
    { label: checklistText.nameLabel, value: input ? (name ?? "") : undefined },
    { label: checklistText.planLabel, value: input ? (present(request?.plan.planName) ?? "") : undefined },
    { label: checklistText.memberIdLabel, value: input ? (present(request?.plan.memberId) ?? "") : undefined },
  ].map((field) => (field.value === "" ? { label: field.label } : field));

  const decisionDue = input?.rules.deadlines.decisionDue;
  const due: ChecklistField | undefined = !input
    ? { label: checklistText.dueBlankLabel }
    : decisionDue
      ? { label: checklistText.dueLabel, value: language.legal.whenDue(decisionDue) }
      : undefined;

  return {
    title: checklistText.title,
    intro: checklistText.intro,
    fields,
    due,
    columns: checklistText.columns,
    rows,
    enclosedNote: checklistText.enclosedNote,
    tipsHeading: checklistText.tipsHeading,
    tips: [...(tailoring.urgent ? tips.urgent : []), ...tips.always, ...(input && tailoring.imaging ? tips.imaging : [])],
    footer: checklistText.footer,
    doneColumn: language.words.frame.doneColumn,
    blankToFill: language.words.frame.blankToFill,
    lang: language.tag,
    metadata: {
      title: name ? `${checklistText.title}: ${name}` : checklistText.title,
      subject: language.words.frame.subjects.checklist,
      author: name,
      language: language.tag,
    },
  };
}
