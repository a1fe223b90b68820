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

const UNIT_WORDS: Record<ClockUnit, [string, string]> = {
  "business-days": ["business day", "business days"],
  "calendar-days": ["calendar day", "calendar days"],
  hours: ["hour", "hours"],
  months: ["month", "months"],
};

export function lengthLabel(amount: number, unit: ClockUnit): string {
  const [one, many] = UNIT_WORDS[unit];
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
  const when = time ? `by about ${formatDateTime(date, time)}` : `on or about ${formatLongDate(date)}`;
  const years = coveredYears();
  const beyondCalendar =
    unit === "business-days" && (yearOf(date) > years.to || yearOf(countedFrom.date) < years.from)
      ? "Our holiday list does not cover this year yet, so this date may be a day or two early."
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
    explanation: amount === 0 ? `Counted from ${from}` : `${length} from ${from}`,
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
    return { date: moreInfo, event: "more-info-received", label: "the date the plan received the information it asked for" };
  }
  return requested;
}

/** When the plan got the request: receipt, else the date sent, else nothing. */
function requestStart(request: SecondOpinionRequest): CountedFrom | undefined {
  const { submit } = request;
  const received = usableDate(submit.dateReceived);
  if (received) {
    const time = isClockTime(submit.timeReceived) ? submit.timeReceived : undefined;
    return { date: received, ...(time ? { time } : {}), event: "received", label: "the date the plan received your request" };
  }
  const sent = submit.sentMethod && submit.sentMethod !== "not-yet" ? usableDate(submit.dateSent) : undefined;
  if (sent) {
    return {
      date: sent,
      event: "sent",
      label: "the date you sent your request (the clock really starts when the plan receives it, so it may be a little later)",
    };
  }
  return undefined;
}

const ROUTINE_CAVEAT =
  "This is generally the deadline: whether it covers a request you make yourself (not through your doctor) is not settled, and plans may count business days with their own calendar. If the plan gives you a date, write it down.";

function decisionDue(start: CountedFrom, context: Context): Deadline {
  if (context.federalSelfFunded) {
    return build({
      id: "decisionDue",
      date: addCalendarDays(start.date, 15),
      amount: 15,
      unit: "calendar-days",
      countedFrom: start,
      summary: (when) => `Under federal rules, the plan should generally decide ${when}.`,
      caveat: "This is the federal rule for a request for care before you get it (a “pre-service claim”). Ask your plan for its timeline.",
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
      summary: (when) => `Because your request is urgent, the plan should decide ${when}.`,
      caveat: at
        ? "72 clock hours, weekends and holidays included."
        : "72 clock hours, weekends and holidays included. Enter the time the plan received your request to see the hour.",
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
    summary: (when) => `The plan should decide ${when}.`,
    caveat: ROUTINE_CAVEAT,
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
    countedFrom: { date: due.date, event: "decision-due", label: "the date the plan should decide" },
    summary: (when) => `If the plan says no, it should send you a written notice with its reasons ${when}.`,
    caveat: "If the plan decides earlier, the notice is due 2 business days after that.",
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
      label: "the date you filed your grievance (the clock starts when the plan receives it)",
    },
    summary: (when) =>
      context.urgent
        ? `The plan should send a written answer or an update on your urgent grievance ${when}.`
        : `The plan should resolve your grievance ${when}.`,
    ...(context.regulator === "dmhc" ? {} : { caveat: clock.caveat }),
    sources: sourcesFor(grievanceClockId(context.urgent), context.regulator),
    context,
  });
}

function mayGoToRegulator(filed: IsoDate | undefined, context: Context): Deadline | undefined {
  const clock = getClock("regulator-complaint");
  const sources = sourcesFor("regulator-complaint", context.regulator);
  const caveat = context.regulator === "unknown" ? "This is the rule for DMHC plans. For a CDI policy, you can call the CDI consumer hotline." : undefined;
  if (context.urgent) {
    const start: CountedFrom = filed
      ? { date: filed, event: "grievance-filed", label: "the date you filed your grievance" }
      : { date: context.today, event: "today", label: "today" };
    return build({
      id: "mayGoToRegulator",
      date: start.date,
      amount: 0,
      unit: "calendar-days",
      countedFrom: start,
      summary: () => "Because your case is urgent, you can contact DMHC right away. You do not have to wait 30 days.",
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
    countedFrom: { date: filed, event: "grievance-filed", label: "the date you filed your grievance" },
    summary: (when) => `If the plan has not fixed the problem, you can contact DMHC ${when.replace("on or about", "on or after about")}.`,
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
    countedFrom: { date: written, event: "written-decision", label: "the date of the plan’s written decision" },
    summary: (when) => `Apply for an Independent Medical Review ${when.replace("on or about", "by about")}.`,
    caveat: "Later filing may be allowed for a good reason, but do not wait.",
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
      summary: (when) => `Once approved, you should generally get the appointment ${when}.`,
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
    summary: (when) => `Once approved, you should generally get a specialist appointment ${when}.`,
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
