import { deadlineText } from "@/content/deadline-text";
import { getClock, type ClockId } from "@/content/legal";
import { addCalendarDays, addCalendarMonths, isIsoDate, yearOf } from "@/lib/dates/calendar-date";
import { addBusinessDays, coveredYears, holidaysBetween } from "@/lib/dates/california-holidays";
import { addClockHours, isClockTime } from "@/lib/dates/california-time";
import { todayInCalifornia } from "@/lib/dates/california-today";
import { formatDateTime, formatLongDate } from "@/lib/dates/format";
import { isoFromDateParts, type IsoDate } from "@/lib/schema/date-parts";
import type { SecondOpinionRequest } from "@/lib/schema/request";
import { citationFor } from "./citations";
import type { Citation, ClockUnit, CountedFrom, Deadline, DeadlineId, Deadlines, Regulator } from "./types";

type Context = { regulator: Regulator; urgent: boolean; today: IsoDate; federalSelfFunded: boolean; stateLawApplies: boolean };

export function lengthLabel(amount: number, unit: ClockUnit): string {
  const [one, many] = deadlineText.unitWords[unit];
  return `${amount} ${amount === 1 ? one : many}`;
}

/** The grievance clock that applies: 3 days when urgent, 30 otherwise (content/legal/clocks.ts). */
export const grievanceClockId = (urgent: boolean): ClockId => (urgent ? "urgent-grievance" : "grievance");

function sourcesFor(clockId: ClockId, regulator: Regulator): { source: Citation; otherSources: Citation[] } {
  const clock = getClock(clockId);
  const dmhc = clock.dmhcSourceId ? citationFor(clock.dmhcSourceId) : undefined;
  const cdi = clock.cdiSourceId ? citationFor(clock.cdiSourceId) : undefined;
  if (regulator === "cdi" && cdi) return { source: cdi, otherSources: [] };
  if (regulator === "dmhc" && dmhc) return { source: dmhc, otherSources: [] };
  const [first, ...rest] = [dmhc, cdi].filter((citation): citation is Citation => citation !== undefined);
  if (!first) throw new Error(`Clock ${clockId} has no source`);
  return { source: first, otherSources: rest.filter((citation) => citation.sourceId !== first.sourceId) };
}

type Build = {
  id: DeadlineId;
  date: IsoDate;
  time?: string;
  amount: number;
  unit: ClockUnit;
  countedFrom: CountedFrom;
  summary: (when: string) => string;
  caveat?: string;
  sources: { source: Citation; otherSources: Citation[] };
  context: Context;
};

function build({ id, date, time, amount, unit, countedFrom, summary, caveat, sources, context }: Build): Deadline {
  const length = lengthLabel(amount, unit);
  const from = `${countedFrom.label}, ${formatDateTime(countedFrom.date, countedFrom.time)}`;
  const skippedHolidays =
    unit === "business-days" ? holidaysBetween(countedFrom.date, date).map((holiday) => ({ name: holiday.name, date: holiday.observed })) : [];
  const when = time ? deadlineText.when.atHour(formatDateTime(date, time)) : deadlineText.when.onDay(formatLongDate(date));
  const years = coveredYears();
  const beyondCalendar =
    unit === "business-days" && (yearOf(date) > years.to || yearOf(countedFrom.date) < years.from)
      ? deadlineText.beyondHolidayList
      : undefined;
  return {
    id,
    date,
    ...(time ? { time } : {}),
    length: { amount, unit },
    countedFrom,
    approximate: true,
    lengthLabel: length,
    when,
    summary: summary(when),
    explanation: amount === 0 ? deadlineText.explanation.countedFrom(from) : deadlineText.explanation.lengthFrom(length, from),
    ...(caveat || beyondCalendar ? { caveat: [caveat, beyondCalendar].filter(Boolean).join(" ") } : {}),
    skippedHolidays,
    ...sources,
    status: date > context.today ? "future" : date === context.today ? "today" : "past",
  };
}

/** A date entered that we can count from: years far outside ours are typing slips, not dates. */
function usableDate(parts: Parameters<typeof isoFromDateParts>[0]): IsoDate | undefined {
  const iso = isoFromDateParts(parts);
  return iso && yearOf(iso) >= 1900 && yearOf(iso) <= 2999 ? iso : undefined;
}

/** Where the decision clock starts: the information the plan asked for, else receipt, else the date sent. */
function decisionStart(request: SecondOpinionRequest): CountedFrom | undefined {
  const requested = requestStart(request);
  const { decision } = request;
  const moreInfo = decision.outcome === "more-info" ? usableDate(decision.moreInfoReceivedDate) : undefined;
  if (moreInfo && (!requested || moreInfo >= requested.date)) {
    return { date: moreInfo, event: "more-info-received", label: deadlineText.countedFrom.moreInfoReceived };
  }
  return requested;
}

/** When the plan got the request: receipt, else the date sent, else nothing. */
function requestStart(request: SecondOpinionRequest): CountedFrom | undefined {
  const { submit } = request;
  const received = usableDate(submit.dateReceived);
  if (received) {
    const time = isClockTime(submit.timeReceived) ? submit.timeReceived : undefined;
    return { date: received, ...(time ? { time } : {}), event: "received", label: deadlineText.countedFrom.received };
  }
  const sent = submit.sentMethod && submit.sentMethod !== "not-yet" ? usableDate(submit.dateSent) : undefined;
  if (sent) {
    return {
      date: sent,
      event: "sent",
      label: deadlineText.countedFrom.sent,
    };
  }
  return undefined;
}

function decisionDue(start: CountedFrom, context: Context): Deadline {
  if (context.federalSelfFunded) {
    return build({
      id: "decisionDue",
      date: addCalendarDays(start.date, 15),
      amount: 15,
      unit: "calendar-days",
      countedFrom: start,
      summary: deadlineText.decision.federal.summary,
      caveat: deadlineText.decision.federal.caveat,
      sources: { source: citationFor("cfr-29-2560.503-1"), otherSources: [] },
      context,
    });
  }
  if (context.urgent) {
    const clock = getClock("urgent-decision");
    const at = start.time ? addClockHours(start.date, start.time, clock.amount) : undefined;
    return build({
      id: "decisionDue",
      date: at ? at.date : addCalendarDays(start.date, 3),
      ...(at ? { time: at.time } : {}),
      amount: clock.amount,
      unit: "hours",
      countedFrom: start,
      summary: deadlineText.decision.urgent.summary,
      caveat: at ? deadlineText.decision.urgent.caveatWithHour : deadlineText.decision.urgent.caveatWithoutHour,
      sources: sourcesFor("urgent-decision", context.regulator),
      context,
    });
  }
  const clock = getClock("routine-decision");
  return build({
    id: "decisionDue",
    date: addBusinessDays(start.date, clock.amount),
    amount: clock.amount,
    unit: "business-days",
    countedFrom: start,
    summary: deadlineText.decision.routine.summary,
    caveat: deadlineText.decision.routine.caveat,
    sources: sourcesFor("routine-decision", context.regulator),
    context,
  });
}

function denialNoticeDue(due: Deadline, context: Context): Deadline {
  const clock = getClock("denial-notice");
  return build({
    id: "denialNoticeDue",
    date: addBusinessDays(due.date, clock.amount),
    amount: clock.amount,
    unit: "business-days",
    countedFrom: { date: due.date, event: "decision-due", label: deadlineText.countedFrom.decisionDue },
    summary: deadlineText.denialNotice.summary,
    caveat: deadlineText.denialNotice.caveat,
    sources: sourcesFor("denial-notice", context.regulator),
    context,
  });
}

function grievanceAnswerDue(filed: IsoDate, context: Context): Deadline {
  const clock = getClock(grievanceClockId(context.urgent));
  return build({
    id: "grievanceAnswerDue",
    date: addCalendarDays(filed, clock.amount),
    amount: clock.amount,
    unit: "calendar-days",
    countedFrom: {
      date: filed,
      event: "grievance-filed",
      label: deadlineText.countedFrom.grievanceFiledClockStart,
    },
    summary: context.urgent ? deadlineText.grievanceAnswer.urgent : deadlineText.grievanceAnswer.routine,
    ...(context.regulator === "dmhc" ? {} : { caveat: clock.caveat }),
    sources: sourcesFor(grievanceClockId(context.urgent), context.regulator),
    context,
  });
}

function mayGoToRegulator(filed: IsoDate | undefined, context: Context): Deadline | undefined {
  const clock = getClock("regulator-complaint");
  const sources = sourcesFor("regulator-complaint", context.regulator);
  const caveat = context.regulator === "unknown" ? deadlineText.regulator.unknownRegulatorCaveat : undefined;
  if (context.urgent) {
    const start: CountedFrom = filed
      ? { date: filed, event: "grievance-filed", label: deadlineText.countedFrom.grievanceFiled }
      : { date: context.today, event: "today", label: deadlineText.countedFrom.today };
    return build({
      id: "mayGoToRegulator",
      date: start.date,
      amount: 0,
      unit: "calendar-days",
      countedFrom: start,
      summary: () => deadlineText.regulator.urgent,
      ...(caveat ? { caveat } : {}),
      sources,
      context,
    });
  }
  if (!filed) return undefined;
  return build({
    id: "mayGoToRegulator",
    date: addCalendarDays(filed, clock.amount),
    amount: clock.amount,
    unit: "calendar-days",
    countedFrom: { date: filed, event: "grievance-filed", label: deadlineText.countedFrom.grievanceFiled },
    summary: deadlineText.regulator.afterWaiting,
    ...(caveat ? { caveat } : {}),
    sources,
    context,
  });
}

function imrApplyBy(written: IsoDate, context: Context): Deadline {
  const clock = getClock("imr-apply");
  return build({
    id: "imrApplyBy",
    date: addCalendarMonths(written, clock.amount),
    amount: clock.amount,
    unit: "months",
    countedFrom: { date: written, event: "written-decision", label: deadlineText.countedFrom.writtenDecision },
    summary: deadlineText.imr.summary,
    caveat: deadlineText.imr.caveat,
    sources: sourcesFor("imr-apply", context.regulator),
    context,
  });
}

function appointmentBy(start: CountedFrom, context: Context): Deadline {
  if (context.urgent) {
    const clock = getClock("appointment-urgent");
    const at = start.time ? addClockHours(start.date, start.time, clock.amount) : undefined;
    return build({
      id: "appointmentBy",
      date: at ? at.date : addCalendarDays(start.date, 4),
      ...(at ? { time: at.time } : {}),
      amount: clock.amount,
      unit: "hours",
      countedFrom: start,
      summary: deadlineText.appointment.urgent,
      caveat: clock.caveat,
      sources: sourcesFor("appointment-urgent", context.regulator),
      context,
    });
  }
  const clock = getClock("appointment-specialist");
  return build({
    id: "appointmentBy",
    date: addBusinessDays(start.date, clock.amount),
    amount: clock.amount,
    unit: "business-days",
    countedFrom: start,
    summary: deadlineText.appointment.specialist,
    caveat: clock.caveat,
    sources: sourcesFor("appointment-specialist", context.regulator),
    context,
  });
}

export function deriveDeadlines(
  request: SecondOpinionRequest,
  options: { regulator: Regulator; urgent: boolean; now: Date; federalSelfFunded: boolean; stateLawApplies: boolean },
): Deadlines {
  const today = todayInCalifornia(options.now);
  const context: Context = { ...options, today };
  const deadlines: Deadlines = {};
  // Federal coverage other than self-funded job plans: the state clocks do not apply and we know no federal one.
  if (!options.stateLawApplies && !options.federalSelfFunded) return deadlines;

  const start = decisionStart(request);
  if (start && isIsoDate(start.date)) {
    deadlines.decisionDue = decisionDue(start, context);
    if (options.federalSelfFunded) return deadlines;
    deadlines.denialNoticeDue = denialNoticeDue(deadlines.decisionDue, context);
    const requested = requestStart(request);
    if (requested) deadlines.appointmentBy = appointmentBy(requested, context);
  }
  if (options.federalSelfFunded) return deadlines;

  const filed = usableDate(request.decision.grievanceFiledDate);
  if (filed) deadlines.grievanceAnswerDue = grievanceAnswerDue(filed, context);
  if (options.regulator !== "cdi") {
    const regulatorDate = mayGoToRegulator(filed, context);
    if (regulatorDate && (filed || request.decision.outcome === "denied" || request.decision.outcome === "no-answer")) {
      deadlines.mayGoToRegulator = regulatorDate;
    }
  }
  const written = usableDate(request.decision.denialDate);
  if (written) deadlines.imrApplyBy = imrApplyBy(written, context);
  return deadlines;
}
