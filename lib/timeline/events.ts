import { timelineText } from "@/content/timeline";
import { isoFromDateParts, type IsoDate } from "@/lib/dates/date-parts";
import { isClockTime } from "@/lib/dates/california-time";
import { present } from "@/lib/documents/format";
import type { Deadline, Deadlines } from "@/lib/rules/types";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import type { Translated } from "@/lib/i18n/translated";

/** The timeline's words in one language (content/timeline.ts or content/es/timeline.ts). */
type TimelineWords = Translated<typeof timelineText>;

/** One line of "My case so far". */
type TimelineEvent = {
  /** California calendar date; undefined when the member did not give one (such events come last). */
  date?: IsoDate;
  /** "HH:MM", 24-hour California time, when known. */
  time?: string;
  /** A date the plan must meet, worked out by the rules: shown "on or about". */
  approximate?: true;
  what: string;
  details: string[];
};

const clockTime = (time: string | undefined) => (time && isClockTime(time) ? time : undefined);

/** Drops the details nobody entered. */
const given = (...details: (string | false | undefined)[]): string[] => details.filter((detail): detail is string => Boolean(detail));

/** A date the rules worked out, with how it was counted and the law it comes from (or its latest date, when asked). */
function deadlineEvent(text: TimelineWords, deadline: Deadline | undefined, what: string, otherDate?: "latest"): TimelineEvent[] {
  const date = otherDate === "latest" ? deadline?.latest?.date : deadline?.date;
  if (!deadline || !date) return [];
  return [
    {
      date,
      ...(deadline.time && date === deadline.date ? { time: deadline.time } : {}),
      approximate: true,
      what,
      details: [text.details.howWorkedOut(deadline.explanation), text.details.source(deadline.source.citation)],
    },
  ];
}

function memberEvents(request: SecondOpinionRequest, text: TimelineWords): TimelineEvent[] {
  const { doctor, memberServices, submit, decision } = request;
  const events: TimelineEvent[] = [];
  const discussed = isoFromDateParts(doctor.dateDiscussed);
  const condition = present(doctor.condition);
  if (discussed) events.push({ date: discussed, what: text.events.doctor(present(doctor.name)), details: given(condition && text.details.condition(condition)) });

  for (const call of memberServices.calls) {
    const spokeTo = present(call.spokeTo);
    const reference = present(call.referenceNumber);
    const said = present(call.notes);
    const time = clockTime(call.time);
    events.push({
      date: isoFromDateParts(call.date),
      ...(time ? { time } : {}),
      what: text.events.call,
      details: given(spokeTo && text.details.spokeTo(spokeTo), reference && text.details.reference(reference), said && text.details.said(said)),
    });
  }

  const method = submit.sentMethod && submit.sentMethod !== "not-yet" ? text.sentMethods[submit.sentMethod] : undefined;
  const sent = isoFromDateParts(submit.dateSent);
  const reference = present(submit.requestReference);
  if (method || sent) events.push({ date: sent, what: text.events.sent(method), details: given(reference && text.details.reference(reference)) });
  const received = isoFromDateParts(submit.dateReceived);
  const receivedTime = clockTime(submit.timeReceived);
  if (received) events.push({ date: received, ...(receivedTime ? { time: receivedTime } : {}), what: text.events.received, details: [] });

  const planGiven = isoFromDateParts(decision.planGivenDueDate);
  if (planGiven) events.push({ date: planGiven, what: text.events.planGiven, details: given(decision.planGivenDueDateInWriting === "yes" && text.events.planGivenInWriting) });

  switch (decision.outcome) {
    case "approved": {
      const appointment = isoFromDateParts(decision.appointmentDate);
      events.push({ what: text.events.approved, details: [] });
      if (appointment) events.push({ date: appointment, what: text.events.appointment, details: [] });
      break;
    }
    case "denied": {
      const reason = present(decision.denialReason);
      events.push({ date: isoFromDateParts(decision.denialDate), what: text.events.denied, details: given(reason && text.details.reason(reason)) });
      break;
    }
    case "more-info": {
      const what = present(decision.moreInfoWhat);
      const receivedInfo = isoFromDateParts(decision.moreInfoReceivedDate);
      if (receivedInfo) events.push({ date: receivedInfo, what: text.events.moreInfo, details: given(what && text.details.asked(what)) });
      break;
    }
  }
  const filed = isoFromDateParts(decision.grievanceFiledDate);
  if (filed) events.push({ date: filed, what: text.events.grievanceFiled, details: [] });
  const answered = isoFromDateParts(decision.grievanceDecisionDate);
  if (answered) events.push({ date: answered, what: text.events.grievanceDecision, details: [] });
  return events;
}

/** The dates the plan must meet, and the member's own windows, as the rules worked them out. */
function ruleEvents(deadlines: Partial<Deadlines>, text: TimelineWords): TimelineEvent[] {
  const decisionDue = deadlines.decisionDue;
  return [
    ...deadlineEvent(text, decisionDue, text.events.likelyDecision),
    ...deadlineEvent(text, decisionDue, text.events.latestDecision, "latest"),
    ...deadlineEvent(text, deadlines.grievanceAnswerDue, text.events.grievanceAnswerDue),
    ...deadlineEvent(text, deadlines.mayGoToRegulator, text.events.mayGoToRegulator),
    ...deadlineEvent(text, deadlines.imrApplyBy, text.events.imrApplyBy),
  ];
}

/** Sort key: the date, then the time (a day's untimed events first), undated events last. */
const sortKey = (event: TimelineEvent) => (event.date ? `${event.date} ${event.time ?? ""}` : "~");
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Everything that has happened and every date still to come, oldest first.
 * Events on the same day keep the order they happened in the journey (a
 * stable sort); events without a date come last.
 */
export function buildTimeline(request: SecondOpinionRequest, deadlines: Partial<Deadlines>, text: TimelineWords = timelineText): TimelineEvent[] {
  return [...memberEvents(request, text), ...ruleEvents(deadlines, text)]
    .map((event, index) => ({ event, index }))
    .sort((a, b) => compare(sortKey(a.event), sortKey(b.event)) || a.index - b.index)
    .map(({ event }) => event);
}
