import { fieldText, optionText, type FieldText } from "@/content/fields";
import { formatLongDate, formatTime } from "@/lib/dates/format";
import { isDatePartsEmpty, isoFromDateParts, type DateParts } from "@/lib/schema/date-parts";
import type { Call, RequestSection, SecondOpinionRequest } from "@/lib/schema/request";
import { steps } from "@/lib/flow";
import { describeCall } from "./describe-call";

/** Names of list answers (reasons, records), passed in so this module stays free of the legal content. */
export type ListLabels = { reasons: Record<string, string>; enclosures: Record<string, string> };

export type SummaryRow = {
  section: RequestSection;
  field: string;
  /** The question, without "(optional)". */
  label: string;
  /** One line per item; empty when not answered. */
  lines: string[];
};

const choiceLabels: Partial<Record<string, Record<string, FieldText>>> = {
  "coverage.source": optionText.coverageSource,
  "plan.planType": optionText.planType,
  "plan.regulator": optionText.regulator,
  "aboutYou.hasHelper": optionText.yesNo,
  "doctor.willRequest": optionText.willRequest,
  "memberServices.contacted": optionText.contacted,
  "submit.urgent": optionText.yesNo,
  "submit.secondDoctorInNetwork": optionText.inNetwork,
  "submit.outOfNetworkRequested": optionText.yesNo,
  "submit.sentMethod": optionText.sentMethod,
  "decision.outcome": optionText.outcome,
  "decision.planGivenDueDateInWriting": optionText.yesNo,
  "decision.grievanceUrgent": optionText.yesNo,
};


/** Fields shown only when an earlier answer calls for them. */
const relevant: Partial<Record<string, (request: SecondOpinionRequest) => boolean>> = {
  "aboutYou.helperName": (r) => r.aboutYou.hasHelper === "yes",
  "aboutYou.helperRelationship": (r) => r.aboutYou.hasHelper === "yes",
  "submit.otherReason": (r) => r.submit.reasons.includes("other"),
  "submit.outOfNetworkRequested": (r) => r.submit.secondDoctorInNetwork === "no",
  "submit.outOfNetworkReason": (r) => r.submit.secondDoctorInNetwork === "no" && r.submit.outOfNetworkRequested === "yes",
  "submit.dateSent": (r) => r.submit.sentMethod !== undefined && r.submit.sentMethod !== "not-yet",
  "submit.dateReceived": (r) => r.submit.sentMethod !== undefined && r.submit.sentMethod !== "not-yet",
  "submit.timeReceived": (r) => r.submit.urgent === "yes" && r.submit.sentMethod !== "not-yet",
  "decision.appointmentDate": (r) => r.decision.outcome === "approved",
  "decision.denialDate": (r) => r.decision.outcome === "denied",
  "decision.denialReason": (r) => r.decision.outcome === "denied",
  "decision.moreInfoWhat": (r) => r.decision.outcome === "more-info",
  "decision.moreInfoReceivedDate": (r) => r.decision.outcome === "more-info",
  "decision.grievanceFiledDate": (r) => r.decision.outcome === "denied" || r.decision.outcome === "no-answer",
  "decision.planGivenDueDateInWriting": (r) => !isDatePartsEmpty(r.decision.planGivenDueDate),
  "decision.grievanceUrgent": (r) => r.submit.urgent !== "yes" && (r.decision.outcome === "denied" || r.decision.outcome === "no-answer"),
  "decision.grievanceDecisionDate": (r) => r.decision.outcome === "denied" || r.decision.outcome === "no-answer",
  "coverage.continueWithoutStateLaw": () => false,
};

const stripOptional = (label: string) => label.replace(/\s*\(optional\)$/, "");

function isDateParts(value: unknown): value is DateParts {
  return typeof value === "object" && value !== null && "month" in value && "day" in value && "year" in value;
}

export { describeCall };

function callLines(calls: Call[]): string[] {
  return calls.map((call, index) =>
    [
      `Call ${index + 1}: ${describeCall(call)}`,
      call.spokeTo && `spoke to ${call.spokeTo}`,
      call.referenceNumber && `reference ${call.referenceNumber}`,
      call.notes && `“${call.notes}”`,
    ]
      .filter(Boolean)
      .join("; "),
  );
}

function linesFor(key: string, value: unknown, labels: ListLabels): string[] {
  if (value === undefined || value === null || value === "") return [];
  if (key === "memberServices.calls") return callLines(value as Call[]);
  const listNames = key === "submit.reasons" ? labels.reasons : key === "submit.enclosures" ? labels.enclosures : undefined;
  if (Array.isArray(value)) return value.map((item) => listNames?.[String(item)] ?? String(item));
  if (isDateParts(value)) {
    if (isDatePartsEmpty(value)) return [];
    const iso = isoFromDateParts(value);
    return [iso ? formatLongDate(iso) : `${value.month}/${value.day}/${value.year}`];
  }
  if (key === "submit.timeReceived") return [formatTime(String(value))];
  const choices = choiceLabels[key];
  if (choices) return [choices[String(value)]?.label ?? String(value)];
  return [String(value)];
}

/** Every answer, grouped by step in the order of lib/flow.ts, for "Check your answers". */
export function summarySections(request: SecondOpinionRequest, labels: ListLabels): { section: RequestSection; rows: SummaryRow[] }[] {
  return steps.map((step) => {
    const texts = fieldText[step.id] as Record<string, FieldText>;
    const rows = Object.keys(texts).flatMap((field) => {
      const key = `${step.id}.${field}`;
      if (relevant[key] && !relevant[key]?.(request)) return [];
      const value = (request[step.id] as Record<string, unknown>)[field];
      return [{ section: step.id, field, label: stripOptional(texts[field]?.label ?? field), lines: linesFor(key, value, labels) }];
    });
    return { section: step.id, rows };
  });
}
