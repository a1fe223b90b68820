import type { deadlineText as englishDeadlineText } from "@/content/deadline-text";
import type { ClockId } from "@/content/legal";
import type { Clock } from "@/content/legal/clocks";
import type { HolidayCalendar } from "@/content/legal/holidays";
import { addCalendarDays, addCalendarMonths, isIsoDate, yearOf } from "@/lib/dates/calendar-date";
import { addBusinessDays, holidaysBetween, isYearCovered, type HolidayTier } from "@/lib/dates/california-holidays";
import { addClockHours, isClockTime } from "@/lib/dates/california-time";
import { todayInCalifornia } from "@/lib/dates/california-today";
import type { DateFormatter } from "@/lib/dates/formatters";
import { isoFromDateParts, type IsoDate } from "@/lib/dates/date-parts";
import type { Translated } from "@/lib/i18n/translated";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { whenFrom } from "./when-from";
import type { Citation, ClockUnit, CountedFrom, Deadline, DeadlineId, Deadlines, Regulator } from "./types";

// The deadlines worked out from a request, in one language: the dates, ids and
// sources are the same in every language; only the words around them differ.
// No content is imported here: each language's rules module passes its own.

type Context = {
  regulator: Regulator;
  urgent: boolean;
  grievanceUrgent: boolean;
  today: IsoDate;
  federalSelfFunded: boolean;
  mayBeFederal: boolean;
  stateLawApplies: boolean;
};

/** `lengthLabel` in a language, from its unit words. */
export const lengthLabelFrom =
  (unitWords: Record<ClockUnit, readonly string[]>) =>
  (amount: number, unit: ClockUnit): string =>
    `${amount} ${unitWords[unit][amount === 1 ? 0 : 1] ?? ""}`;

/**
 * The clock for the plan's answer to a grievance: a DMHC plan's (30 calendar
 * days; 3 when urgent), or a CDI insurer's internal appeal (30 days; 72 hours
 * when urgent, under the federal rule). An unknown regulator gets DMHC's.
 */
export const grievanceClockId = (urgent: boolean, regulator: Regulator): ClockId =>
  regulator === "cdi" ? (urgent ? "urgent-internal-appeal" : "internal-appeal") : urgent ? "urgent-grievance" : "grievance";

/** What the deadlines need from one language. */
export type DeadlineContent = {
  deadlineText: Translated<typeof englishDeadlineText>;
  getClock: (id: ClockId) => Translated<Clock & { amount: number }>;
  citationFor: (sourceId: string) => Citation;
  dates: DateFormatter;
  /** The holiday calendar with its names in this language (the same dates in every language). */
  calendar: HolidayCalendar;
};

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
  /** The later date if the plan counts every state holiday (business-day clocks the plan must meet). */
  latest?: IsoDate;
};

type GrievanceDates = { filed?: IsoDate; decided?: IsoDate };

type DeadlineOptions = Omit<Context, "today"> & { now: Date };

/** `deriveDeadlines` and `lengthLabel` in the language of `content`. */
export function deadlinesFrom({ deadlineText, getClock, citationFor, dates, calendar }: DeadlineContent) {
  const lengthLabel = lengthLabelFrom(deadlineText.unitWords);
  const whenDue = whenFrom(deadlineText.when, dates);

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

  const skipped = (start: IsoDate, end: IsoDate, tier: HolidayTier) =>
    holidaysBetween(start, end, tier, calendar).map((holiday) => ({ name: holiday.name, date: holiday.observed }));

  /** Years of a business-day count that the holiday list cannot count in full (a lunar table ran out). */
  function uncountedYears(from: IsoDate, to: IsoDate): number[] {
    const years: number[] = [];
    for (let year = yearOf(from); year <= yearOf(to); year += 1) if (!isYearCovered(year, calendar)) years.push(year);
    return years;
  }

  function build({ id, date, time, amount, unit, countedFrom, summary, caveat, sources, context, latest }: Build): Deadline {
    const length = lengthLabel(amount, unit);
    const from = `${countedFrom.label}, ${dates.formatDateTime(countedFrom.date, countedFrom.time)}`;
    const businessDays = unit === "business-days";
    const skippedHolidays = businessDays ? skipped(countedFrom.date, date, "likely") : [];
    const when = whenDue({ date, ...(time ? { time } : {}) });
    const uncounted = businessDays ? uncountedYears(countedFrom.date, latest ?? date) : [];
    const beyondCalendar = uncounted.length > 0 ? deadlineText.beyondHolidayList(uncounted.join(", ")) : undefined;
    const likelyNames = new Set(skippedHolidays.map((holiday) => holiday.name));
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
      ...(latest && latest > date
        ? {
            latest: {
              date: latest,
              text: deadlineText.latest(dates.formatLongDate(latest)),
              extraHolidays: skipped(countedFrom.date, latest, "latest").filter((holiday) => !likelyNames.has(holiday.name)),
            },
          }
        : {}),
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
    if (sent) return { date: sent, event: "sent", label: deadlineText.countedFrom.sent };
    return undefined;
  }

  /** A 72-hour clock: at its hour when the start time is known, else by the end of the third day. */
  function hoursClock(start: CountedFrom, hours: number): { date: IsoDate; time?: string } {
    const at = start.time ? addClockHours(start.date, start.time, hours) : undefined;
    return at ? { date: at.date, time: at.time } : { date: addCalendarDays(start.date, Math.ceil(hours / 24)) };
  }

  function decisionDue(start: CountedFrom, context: Context): Deadline {
    if (context.federalSelfFunded) {
      const federal = context.urgent ? deadlineText.decision.federalUrgent : deadlineText.decision.federal;
      const due = context.urgent ? hoursClock(start, 72) : { date: addCalendarDays(start.date, 15) };
      return build({
        id: "decisionDue",
        ...due,
        amount: context.urgent ? 72 : 15,
        unit: context.urgent ? "hours" : "calendar-days",
        countedFrom: start,
        summary: federal.summary,
        caveat: federal.caveat,
        sources: { source: citationFor(context.urgent ? "cfr-29-2560.503-1-urgent" : "cfr-29-2560.503-1"), otherSources: [] },
        context,
      });
    }
    const federalNote = context.mayBeFederal ? deadlineText.decision.mayBeFederal : undefined;
    if (context.urgent) {
      const clock = getClock("urgent-decision");
      const due = hoursClock(start, clock.amount);
      return build({
        id: "decisionDue",
        ...due,
        amount: clock.amount,
        unit: "hours",
        countedFrom: start,
        summary: deadlineText.decision.urgent.summary,
        caveat: [due.time ? deadlineText.decision.urgent.caveatWithHour : deadlineText.decision.urgent.caveatWithoutHour, federalNote]
          .filter(Boolean)
          .join(" "),
        sources: sourcesFor("urgent-decision", context.regulator),
        context,
      });
    }
    const clock = getClock("routine-decision");
    return build({
      id: "decisionDue",
      date: addBusinessDays(start.date, clock.amount, "likely", calendar),
      latest: addBusinessDays(start.date, clock.amount, "latest", calendar),
      amount: clock.amount,
      unit: "business-days",
      countedFrom: start,
      summary: deadlineText.decision.routine.summary,
      caveat: [deadlineText.decision.routine.caveat, federalNote].filter(Boolean).join(" "),
      sources: sourcesFor("routine-decision", context.regulator),
      context,
    });
  }

  /** Counted from the likely decision date: a member acts on it, and plans keep the state-office calendar. */
  function denialNoticeDue(due: Deadline, context: Context): Deadline {
    const clock = getClock("denial-notice");
    return build({
      id: "denialNoticeDue",
      date: addBusinessDays(due.date, clock.amount, "likely", calendar),
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
    const clockId = grievanceClockId(context.grievanceUrgent, context.regulator);
    const clock = getClock(clockId);
    const start: CountedFrom = { date: filed, event: "grievance-filed", label: deadlineText.countedFrom.grievanceFiledClockStart };
    const text = context.regulator === "cdi" ? deadlineText.appealAnswer : deadlineText.grievanceAnswer;
    return build({
      id: "grievanceAnswerDue",
      ...(clock.unit === "hours" ? hoursClock(start, clock.amount) : { date: addCalendarDays(filed, clock.amount) }),
      amount: clock.amount,
      unit: clock.unit ?? "calendar-days",
      countedFrom: start,
      summary: context.grievanceUrgent ? text.urgent : text.routine,
      ...(clock.caveat ? { caveat: clock.caveat } : {}),
      sources: sourcesFor(clockId, context.regulator),
      context,
    });
  }

  /**
   * When a DMHC member may go to DMHC: right away when urgent; as soon as the
   * plan's grievance decision arrives; otherwise 30 days after filing.
   */
  function mayGoToRegulator({ filed, decided }: GrievanceDates, context: Context): Deadline | undefined {
    const clock = getClock("regulator-complaint");
    const sources = sourcesFor("regulator-complaint", context.regulator);
    const caveat = context.regulator === "unknown" ? deadlineText.regulator.unknownRegulatorCaveat : undefined;
    const now = (start: CountedFrom, summary: string) =>
      build({ id: "mayGoToRegulator", date: start.date, amount: 0, unit: "calendar-days", countedFrom: start, summary: () => summary, ...(caveat ? { caveat } : {}), sources, context });
    if (context.grievanceUrgent) {
      const start: CountedFrom = filed
        ? { date: filed, event: "grievance-filed", label: deadlineText.countedFrom.grievanceFiled }
        : { date: context.today, event: "today", label: deadlineText.countedFrom.today };
      return now(start, deadlineText.regulator.urgent);
    }
    if (decided) {
      return now({ date: decided, event: "grievance-decision", label: deadlineText.countedFrom.grievanceDecision }, deadlineText.regulator.afterDecision);
    }
    if (!filed) return undefined;
    return build({
      id: "mayGoToRegulator",
      date: addCalendarDays(filed, clock.amount),
      amount: clock.amount,
      unit: "calendar-days",
      countedFrom: { date: filed, event: "grievance-filed", label: deadlineText.countedFrom.grievanceFiled },
      summary: deadlineText.regulator.afterWaiting,
      caveat: [deadlineText.regulator.soonerIfAnswered, caveat].filter(Boolean).join(" "),
      sources,
      context,
    });
  }

  /**
   * The Independent Medical Review's 6 months run from the plan's written
   * decision on the grievance. Before that decision is known, counting from the
   * first written denial gives an earlier date: safe, and said so.
   */
  function imrApplyBy({ decided, denied }: { decided?: IsoDate; denied?: IsoDate }, context: Context): Deadline | undefined {
    const clock = getClock("imr-apply");
    const start: CountedFrom | undefined = decided
      ? { date: decided, event: "grievance-decision", label: deadlineText.countedFrom.grievanceDecision }
      : denied
        ? { date: denied, event: "written-decision", label: deadlineText.countedFrom.firstDenial }
        : undefined;
    if (!start) return undefined;
    return build({
      id: "imrApplyBy",
      date: addCalendarMonths(start.date, clock.amount),
      amount: clock.amount,
      unit: "months",
      countedFrom: start,
      summary: deadlineText.imr.summary,
      caveat: [decided ? undefined : deadlineText.imr.fromFirstDenial, deadlineText.imr.caveat].filter(Boolean).join(" "),
      sources: sourcesFor("imr-apply", context.regulator),
      context,
    });
  }

  function appointmentBy(start: CountedFrom, context: Context): Deadline {
    if (context.urgent) {
      const clock = getClock("appointment-urgent");
      return build({
        id: "appointmentBy",
        ...hoursClock(start, clock.amount),
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
      date: addBusinessDays(start.date, clock.amount, "likely", calendar),
      latest: addBusinessDays(start.date, clock.amount, "latest", calendar),
      amount: clock.amount,
      unit: "business-days",
      countedFrom: start,
      summary: deadlineText.appointment.specialist,
      caveat: clock.caveat,
      sources: sourcesFor("appointment-specialist", context.regulator),
      context,
    });
  }

  function deriveDeadlines(request: SecondOpinionRequest, { now, ...options }: DeadlineOptions): Deadlines {
    const today = todayInCalifornia(now);
    const context: Context = { ...options, today };
    const deadlines: Deadlines = {};
    // Federal coverage other than self-funded job plans: the state clocks do not apply and we compute no federal one.
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

    const { decision } = request;
    const filed = usableDate(decision.grievanceFiledDate);
    const decided = usableDate(decision.grievanceDecisionDate);
    if (filed) deadlines.grievanceAnswerDue = grievanceAnswerDue(filed, context);
    if (options.regulator !== "cdi") {
      const regulatorDate = mayGoToRegulator({ ...(filed ? { filed } : {}), ...(decided ? { decided } : {}) }, context);
      if (regulatorDate && (filed || decided || decision.outcome === "denied" || decision.outcome === "no-answer")) {
        deadlines.mayGoToRegulator = regulatorDate;
      }
    }
    const denied = decision.outcome === "denied" ? usableDate(decision.denialDate) : undefined;
    const imr = imrApplyBy({ ...(decided ? { decided } : {}), ...(denied ? { denied } : {}) }, context);
    if (imr) deadlines.imrApplyBy = imr;
    return deadlines;
  }

  return { deriveDeadlines, lengthLabel, whenDue };
}
