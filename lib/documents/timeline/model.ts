import { buildTimeline } from "@/lib/timeline/events";
import { present } from "../format";
import type { DocumentLanguage } from "../language/types";
import { definedValues, letterMetadata, type LabelledValue } from "../letter/parts";
import type { DocumentInput } from "../types";

/** One row: when, what, and what else the member noted. */
export type TimelineRow = { when: string; what: string; details: string[] };

/** "My case so far", as words: the PDF and the print view both draw this. */
export type TimelineModel = {
  title: string;
  heading: string;
  facts: LabelledValue[];
  columns: { date: string; what: string };
  rows: TimelineRow[];
  note: string;
  metadata: { title: string; subject: string; author?: string; language: string };
};

export function buildTimelineDocument(input: DocumentInput, language: DocumentLanguage): TimelineModel {
  const { request, rules } = input;
  const text = language.words.timeline;
  const { formatDateTime, formatLongDate } = language.dates;
  const rows = buildTimeline(request, rules.deadlines, text).map((event) => {
    const date = event.date ? (event.time ? formatDateTime(event.date, event.time) : formatLongDate(event.date)) : text.noDate;
    return { when: event.approximate ? `${text.onOrAbout} ${date}` : date, what: event.what, details: event.details };
  });
  const facts = definedValues([
    { label: text.plan, value: present(request.plan.planName) },
    { label: text.memberId, value: present(request.plan.memberId) },
  ]);
  return {
    title: text.title,
    heading: text.heading(present(request.aboutYou.fullName)),
    facts,
    columns: text.columns,
    rows,
    note: text.note,
    metadata: letterMetadata(request, text.title, language),
  };
}
