import type { getClock, getRegulator, regulatorFinder, rightPoints } from "@/content/legal";
import type { Translated } from "@/lib/i18n/translated";
import type { citationsFrom } from "@/lib/rules/citations-from";
import type { Contact, Deadline, DerivedRules, EscalationStep, MediCalTrack, OffRamp, SourcedText } from "@/lib/rules/types";
import { todayInCalifornia } from "@/lib/dates/california-today";
import { datePartsFromIso, isoFromDateParts, type IsoDate } from "@/lib/dates/date-parts";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { onTimeUntil, overdueState, type Overdue } from "./overdue";

// What to do next, worked out in one language: its legal content, its
// citations and its rules (deriveRules) are inputs, so a page loads only its
// own language. lib/next-steps/index.ts binds the English ones.

export type ApprovedSteps = {
  kind: "approved";
  /** Generally, the appointment by this date (from the request, approval time included). */
  appointmentBy?: Deadline;
  appointmentDate?: IsoDate;
  /** The appointment the member booked is later than the general standard. */
  appointmentLater: boolean;
  /** The timely-access standards, as the law's content words them. */
  accessWindows: SourcedText[];
  /** The consultation report; approval of the opinion is not approval of treatment. */
  afterVisit: SourcedText[];
};

export type EscalationSteps = {
  kind: "denied" | "no-answer";
  urgent: boolean;
  /** The grievance is urgent (the request was, or the member says so): 3 days, DMHC at once. */
  grievanceUrgent: boolean;
  regulator: DerivedRules["regulator"];
  denialReason?: string;
  grievance: {
    step: EscalationStep;
    /** From the grievance date the member entered. */
    answerDue?: Deadline;
    /** Not filed yet: the answer date if the grievance is filed today. */
    ifFiledToday?: Deadline;
  };
  /** mayGoToRegulator: counted from the grievance date entered; urgent and not filed yet, from today ("right away"). */
  regulatorComplaint?: { step: EscalationStep; mayGoToRegulator?: Deadline };
  imr?: { step: EscalationStep; applyBy?: Deadline };
  /** Medi-Cal managed care members' own track after the plan's appeal (State Hearing, and the order that keeps an IMR open). */
  mediCal: MediCalTrack | null;
  freeHelp?: EscalationStep;
  /** Only the member's regulator's contacts (both when not sure), then free help. */
  contacts: Contact[];
  /** With an unknown regulator: how to tell DMHC from CDI. */
  howToTell: SourcedText[];
};

export type NextSteps =
  | { kind: "none" }
  | { kind: "off-ramp"; offRamp: OffRamp }
  | { kind: "waiting"; decisionDue?: Deadline }
  /** "No answer" chosen, but the plan still has time (the latest date, or its own written date): call, do not complain yet. */
  | { kind: "not-late-yet"; decisionDue: Deadline; onTimeUntil: IsoDate }
  | { kind: "more-info"; what?: string; decisionDue?: Deadline; receivedDate?: IsoDate }
  | ApprovedSteps
  | EscalationSteps;

export type NextStepsView = { steps: NextSteps; overdue: Overdue | null };


/** The legal content the next steps quote, in one language (content/legal or content/es/legal). */
export type NextStepsLegal = {
  getClock: (id: "appointment-specialist" | "appointment-urgent") => Translated<ReturnType<typeof getClock>>;
  getRegulator: (id: "dmhc" | "cdi") => Translated<ReturnType<typeof getRegulator>>;
  regulatorFinder: Translated<typeof regulatorFinder>;
  rightPoints: Translated<typeof rightPoints>;
};

/** The rules in the same language (lib/rules, or its Spanish twin). */
export type DeriveRules = (request: SecondOpinionRequest, now: Date) => DerivedRules;

/**
 * Where the after-visit points sit in content/legal/rights.ts `rightPoints`
 * (every language keeps the same order; a test checks the English text).
 */
export const AFTER_VISIT_POINTS = { report: 4, visitCovered: 8 } as const;

/** `deriveNextSteps` for one language. */
export function nextStepsFrom(
  legal: NextStepsLegal,
  { citationFor, contactFor, sourced }: Pick<ReturnType<typeof citationsFrom>, "citationFor" | "contactFor" | "sourced">,
  deriveRules: DeriveRules,
) {
  function rightPoint(index: number, regulator: DerivedRules["regulator"]): SourcedText {
    const point = legal.rightPoints[index];
    if (!point) throw new Error(`No right point ${index}`);
    return sourced(point, regulator);
  }

  function clockText(id: "appointment-specialist" | "appointment-urgent", regulator: DerivedRules["regulator"]): SourcedText {
    const clock = legal.getClock(id);
    const sourceId = regulator === "cdi" ? clock.cdiSourceId : clock.dmhcSourceId;
    if (!sourceId) throw new Error(`Clock ${id} has no source`);
    return { text: clock.text, source: citationFor(sourceId) };
  }

  function approved(request: SecondOpinionRequest, rules: DerivedRules): ApprovedSteps {
    const appointmentDate = isoFromDateParts(request.decision.appointmentDate);
    const appointmentBy = rules.deadlines.appointmentBy;
    const urgentFirst = rules.urgent ? ["appointment-urgent", "appointment-specialist"] as const : ["appointment-specialist", "appointment-urgent"] as const;
    return {
      kind: "approved",
      ...(appointmentBy ? { appointmentBy } : {}),
      ...(appointmentDate ? { appointmentDate } : {}),
      appointmentLater: Boolean(appointmentDate && appointmentBy && appointmentDate > appointmentBy.date),
      accessWindows: urgentFirst.map((id) => clockText(id, rules.regulator)),
      afterVisit: [
        rightPoint(AFTER_VISIT_POINTS.report, rules.regulator),
        rightPoint(AFTER_VISIT_POINTS.visitCovered, rules.regulator),
      ],
    };
  }

  function escalation(kind: "denied" | "no-answer", request: SecondOpinionRequest, rules: DerivedRules, now: Date): EscalationSteps {
    const find = (id: EscalationStep["id"]) => rules.escalation.find((step) => step.id === id);
    const grievanceStep = find("plan-grievance");
    if (!grievanceStep) throw new Error("The rules give no grievance step");
    const filed = isoFromDateParts(request.decision.grievanceFiledDate);
    // Not filed yet: the grievance answer date as if filed today.
    const ifFiledToday = filed
      ? undefined
      : deriveRules(
          { ...request, decision: { ...request.decision, outcome: kind, grievanceFiledDate: datePartsFromIso(todayInCalifornia(now)) } },
          now,
        ).deadlines.grievanceAnswerDue;
    // A late "waiting" counts as no answer: urgent cases may go to DMHC right away (counted from today).
    const deadlines = request.decision.outcome === kind ? rules.deadlines : deriveRules({ ...request, decision: { ...request.decision, outcome: kind } }, now).deadlines;
    const regulatorStep = find("regulator-complaint");
    const imrStep = find("imr");
    const freeHelp = find("free-help");
    const stepIds = [regulatorStep, imrStep, freeHelp].flatMap((step) => step?.contactIds ?? []);
    const contacts = [...new Set(stepIds)].map(contactFor);
    const reason = request.decision.denialReason?.trim();
    return {
      kind,
      urgent: rules.urgent,
      grievanceUrgent: rules.grievanceUrgent,
      regulator: rules.regulator,
      ...(kind === "denied" && reason ? { denialReason: reason } : {}),
      grievance: {
        step: grievanceStep,
        ...(rules.deadlines.grievanceAnswerDue ? { answerDue: rules.deadlines.grievanceAnswerDue } : {}),
        ...(ifFiledToday ? { ifFiledToday } : {}),
      },
      ...(regulatorStep
        ? {
            regulatorComplaint: {
              step: regulatorStep,
              ...(deadlines.mayGoToRegulator ? { mayGoToRegulator: deadlines.mayGoToRegulator } : {}),
            },
          }
        : {}),
      ...(imrStep ? { imr: { step: imrStep, ...(rules.deadlines.imrApplyBy ? { applyBy: rules.deadlines.imrApplyBy } : {}) } } : {}),
      mediCal: rules.mediCal,
      ...(freeHelp ? { freeHelp } : {}),
      contacts,
      howToTell:
        rules.regulator === "unknown"
          ? [sourced(legal.getRegulator("dmhc").howToTell), sourced(legal.getRegulator("cdi").howToTell), ...legal.regulatorFinder.checks.slice(2).map((check) => sourced(check))]
          : [],
    };
  }

  /**
   * What to show below Step 4 for the outcome the member recorded, for their
   * own plan. A decision that is late counts as "no answer": the member sees
   * the grievance and regulator steps at once.
   */
  function deriveNextSteps(request: SecondOpinionRequest, rules: DerivedRules, now: Date): NextStepsView {
    const overdue = overdueState(request, rules, now);
    if (rules.offRamp) return { steps: { kind: "off-ramp", offRamp: rules.offRamp }, overdue };
    const { outcome } = request.decision;
    const decisionDue = rules.deadlines.decisionDue;
    switch (outcome) {
      case "approved":
        return { steps: approved(request, rules), overdue };
      case "denied":
        return { steps: escalation("denied", request, rules, now), overdue };
      case "no-answer":
        // Never tell a member the plan is late before even the latest date is over.
        if (decisionDue && !overdue) {
          return { steps: { kind: "not-late-yet", decisionDue, onTimeUntil: onTimeUntil(request, decisionDue) }, overdue };
        }
        return { steps: escalation("no-answer", request, rules, now), overdue };
      case "more-info": {
        if (overdue) return { steps: escalation("no-answer", request, rules, now), overdue };
        const what = request.decision.moreInfoWhat?.trim();
        const receivedDate = isoFromDateParts(request.decision.moreInfoReceivedDate);
        return {
          steps: {
            kind: "more-info",
            ...(what ? { what } : {}),
            ...(receivedDate ? { receivedDate } : {}),
            ...(receivedDate && decisionDue ? { decisionDue } : {}),
          },
          overdue,
        };
      }
      case "waiting":
      case undefined:
        if (overdue) return { steps: escalation("no-answer", request, rules, now), overdue };
        return outcome === "waiting" ? { steps: { kind: "waiting", ...(decisionDue ? { decisionDue } : {}) }, overdue } : { steps: { kind: "none" }, overdue };
    }
  }

  return deriveNextSteps;
}
