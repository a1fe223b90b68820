import type { DateFormatter } from "@/lib/dates/formatters";
import { isoFromDateParts } from "@/lib/dates/date-parts";
import type { Call } from "@/lib/steps/request";

/**
 * How a logged call is told back, as templates ("Call {number}: {when}") so
 * the words can travel from a server page to the review page's script.
 */
export type CallWords = { title: string; noDate: string; spokeTo: string; reference: string };

/** Fills "{name}" places in a template. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (place, key: string) => (key in values ? String(values[key]) : place));

/** "Tuesday, December 15, 2026, 2:30 pm": when a call to member services was made. */
export function whenCalled(call: Call, words: Pick<CallWords, "noDate">, dates: DateFormatter): string {
  const iso = isoFromDateParts(call.date);
  const when = iso ? dates.formatLongDate(iso) : words.noDate;
  return call.time ? `${when}, ${dates.formatTime(call.time)}` : when;
}

/** "Call 1: Tuesday, December 15, 2026, 2:30 pm; spoke to Jordan; reference REF-1; “notes”". */
export function describeCall(call: Call, index: number, words: CallWords, dates: DateFormatter): string {
  return [
    fill(words.title, { number: index + 1, when: whenCalled(call, words, dates) }),
    call.spokeTo && fill(words.spokeTo, { name: call.spokeTo }),
    call.referenceNumber && fill(words.reference, { number: call.referenceNumber }),
    call.notes && `“${call.notes}”`,
  ]
    .filter(Boolean)
    .join("; ");
}
