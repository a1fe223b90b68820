import type * as englishLegal from "@/content/legal";
import type { CoverageRule } from "@/content/legal";
import type { EscalationStepContent } from "@/content/legal/escalation";
import type { mediCalTrack as englishMediCalTrack } from "@/content/legal/medi-cal";
import type { Translated } from "@/lib/i18n/translated";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import type { citationsFrom } from "./citations-from";
import type { Citation, Contact, EscalationStep, MediCalTrack, OffRamp, Regulator, SourcedText, StateLaw } from "./types";

// What follows from the plan answers, in one language: no content is imported
// here, so each language's rules module loads only its own words.

type PlanRules = {
  stateLaw: StateLaw;
  stateLawReason: SourcedText;
  regulator: Regulator;
  regulatorIsAssumed: boolean;
  regulatorNote?: string;
  statute: Citation | null;
  grievanceStatute: Citation | null;
  contacts: Contact[];
  whoMayGiveOpinion: SourcedText[];
  outOfNetwork: SourcedText[];
  escalation: EscalationStep[];
  mediCal: MediCalTrack | null;
  offRamp: OffRamp | null;
  /** The coverage is a self-funded job plan (federal clocks: 15 days, 72 hours when urgent). */
  federalSelfFunded: boolean;
  /** A job plan that may be self-funded: the state clocks, with the federal timing noted. */
  mayBeFederal: boolean;
};

type PlanAnswers = Pick<SecondOpinionRequest, "coverage" | "plan">;

/** The regulator from the answers: the member's own, or the labelled HMO assumption. */
function regulatorFromAnswers(plan: PlanAnswers["plan"]): { regulator: Regulator; assumed: boolean } {
  if (plan.regulator === "dmhc" || plan.regulator === "cdi") return { regulator: plan.regulator, assumed: false };
  if (plan.planType === "hmo") return { regulator: "dmhc", assumed: true };
  return { regulator: "unknown", assumed: false };
}

type EscalationContent = {
  escalationSteps: Record<Regulator, { grievance: EscalationStepContent; regulatorComplaint: EscalationStepContent; imr: EscalationStepContent }>;
  freeHelpStep: EscalationStepContent;
  mediCalAppealStep: EscalationStepContent;
};

/**
 * What a member can do after a denial or no answer, in order, for a plan of
 * this regulator: grievance (a Medi-Cal plan's "appeal"), the regulator, the
 * Independent Medical Review, free help. Made from one language's content;
 * used for the member's own plan and, for each regulator, by the "If your
 * request was denied" page.
 */
export function escalationFrom(content: EscalationContent, sourced: (statement: EscalationStepContent, regulator: Regulator) => SourcedText) {
  function step(id: EscalationStep["id"], stepContent: EscalationStepContent, regulator: Regulator): EscalationStep {
    const { text, source } = sourced(stepContent, regulator);
    return { id, title: stepContent.title, text, contactIds: [...stepContent.contactIds], source };
  }
  return (regulator: Regulator, { mediCal = false }: { mediCal?: boolean } = {}): EscalationStep[] => {
    const steps = content.escalationSteps[regulator];
    return [
      step("plan-grievance", mediCal ? content.mediCalAppealStep : steps.grievance, regulator),
      step("regulator-complaint", steps.regulatorComplaint, regulator),
      step("imr", steps.imr, regulator),
      step("free-help", content.freeHelpStep, regulator),
    ];
  };
}


/** The legal content the plan rules read, in one language. */
export type PlanContent = Translated<
  Pick<typeof englishLegal, "getCoverageRule" | "getRegulator" | "outOfNetworkRule" | "planNotes" | "regulatorFinder" | "sharedWhoMayGiveOpinion"> & {
    mediCalTrack: typeof englishMediCalTrack;
  }
> &
  EscalationContent;

type Coverage = Translated<CoverageRule>;

/** `derivePlanRules` in the language of `content`, citing with `citations` (the same language's). */
export function planRulesFrom(content: PlanContent, citations: ReturnType<typeof citationsFrom>) {
  const { getCoverageRule, getRegulator, outOfNetworkRule, planNotes, regulatorFinder, sharedWhoMayGiveOpinion, mediCalTrack } = content;
  const { citationFor, contactFor, sourced, sourcedFor } = citations;
  const escalationFor = escalationFrom(content, sourced);

  /** Medi-Cal managed care's own track after the plan's appeal: the State Hearing, and the order that keeps the IMR open. */
  function mediCalFor(coverage: Coverage | undefined): MediCalTrack | null {
    if (coverage?.scope !== "by-licence" || !coverage.mediCal) return null;
    return {
      stateHearing: sourced(mediCalTrack.stateHearing),
      hearingBeforeImr: sourced(mediCalTrack.hearingBeforeImr),
      freeSecondOpinion: sourced(mediCalTrack.freeSecondOpinion),
      contacts: mediCalTrack.contactIds.map(contactFor),
    };
  }

  /** Everything that follows from the plan answers (coverage, plan type, regulator). */
  function derivePlanRules(request: PlanAnswers): PlanRules {
    const source = request.coverage.source;
    const coverage = source ? getCoverageRule(source) : undefined;

    if (coverage?.scope === "not-covered") {
      const offRamp = coverage.offRamp;
      const offRampContacts = offRamp.contactIds.map(contactFor);
      return {
        stateLaw: "does-not-apply",
        stateLawReason: sourced(offRamp.summary),
        regulator: "unknown",
        regulatorIsAssumed: false,
        regulatorNote: planNotes.notOverseen,
        statute: null,
        grievanceStatute: null,
        contacts: offRampContacts,
        whoMayGiveOpinion: [],
        outOfNetwork: [],
        escalation: [],
        mediCal: null,
        offRamp: {
          coverage: coverage.id,
          title: offRamp.title,
          summary: sourced(offRamp.summary),
          whereToGo: offRamp.whereToGo.map((statement) => sourced(statement)),
          generalRequest: offRamp.generalRequest,
          contacts: offRampContacts,
        },
        federalSelfFunded: coverage.id === "job-self-funded",
        mayBeFederal: false,
      };
    }

    const { regulator, assumed } = regulatorFromAnswers(request.plan);
    const regulatorContent = regulator === "unknown" ? undefined : getRegulator(regulator);
    // A job plan that may be self-funded: nothing the member sends may claim California law.
    const mayBeFederal = coverage?.scope === "unsure" && coverage.mayBeFederal === true;

    let stateLaw: StateLaw;
    let stateLawReason: SourcedText;
    if (!coverage) {
      stateLaw = "depends";
      stateLawReason = sourced(planNotes.unknownCoverage, regulator);
    } else if (coverage.scope === "unsure") {
      stateLaw = "depends";
      stateLawReason = sourced(coverage.note, regulator);
    } else if (regulator === "dmhc") {
      stateLaw = "applies";
      stateLawReason = sourced(getRegulator("dmhc").lawApplies, regulator);
    } else if (regulator === "cdi") {
      stateLaw = "depends";
      stateLawReason = sourced(getRegulator("cdi").lawApplies, regulator);
    } else {
      stateLaw = "depends";
      stateLawReason = sourced(coverage.note, regulator);
    }

    let regulatorNote: string | undefined;
    if (assumed) regulatorNote = `${planNotes.regulatorAssumed} ${regulatorFinder.assumption.text}`;
    else if (regulator === "unknown") regulatorNote = planNotes.regulatorUnknown;

    const regulatorContacts = regulatorContent ? regulatorContent.contactIds : regulatorFinder.contactIds;
    const statesLaw = regulatorContent !== undefined && !mayBeFederal;

    return {
      stateLaw,
      stateLawReason,
      regulator,
      regulatorIsAssumed: assumed,
      ...(regulatorNote ? { regulatorNote } : {}),
      statute: statesLaw ? citationFor(regulatorContent.statuteSourceId) : null,
      grievanceStatute: statesLaw ? citationFor(regulatorContent.grievanceSourceId) : null,
      contacts: [...regulatorContacts, "health-consumer-alliance"].map(contactFor),
      whoMayGiveOpinion: [...sharedWhoMayGiveOpinion, ...(regulatorContent?.whoMayGiveOpinion ?? [])].map(sourcedFor(regulator)),
      outOfNetwork: outOfNetworkRule.map(sourcedFor(regulator)),
      escalation: escalationFor(regulator, { mediCal: coverage?.scope === "by-licence" && coverage.mediCal === true }),
      mediCal: mediCalFor(coverage),
      offRamp: null,
      federalSelfFunded: false,
      mayBeFederal,
    };
  }

  return derivePlanRules;
}
