import {
  getCoverageRule,
  getRegulator,
  outOfNetworkRule,
  regulatorFinder,
  sharedWhoMayGiveOpinion,
  type CoverageRule,
} from "@/content/legal";
import type { SecondOpinionRequest } from "@/lib/schema/request";
import { citationFor, contactFor, sourced, sourcedFor } from "./citations";
import type { Citation, Contact, EscalationStep, OffRamp, Regulator, SourcedText, StateLaw } from "./types";

export const REGULATOR_FINDER_PATH = "/request/regulator";

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
  offRamp: OffRamp | null;
  /** The coverage is a self-funded job plan (federal 15-day clock). */
  federalSelfFunded: boolean;
};

type PlanAnswers = Pick<SecondOpinionRequest, "coverage" | "plan">;

/** The regulator from the answers: the member's own, or the labelled HMO assumption. */
function regulatorFromAnswers(plan: PlanAnswers["plan"]): { regulator: Regulator; assumed: boolean } {
  if (plan.regulator === "dmhc" || plan.regulator === "cdi") return { regulator: plan.regulator, assumed: false };
  if (plan.planType === "hmo") return { regulator: "dmhc", assumed: true };
  return { regulator: "unknown", assumed: false };
}

const unknownCoverage: SourcedText = {
  text: "Tell us how you get your health coverage, and we can tell you whether California’s second-opinion law applies.",
  source: citationFor("hsc-1383.15"),
};

function escalationFor(regulator: Regulator, coverage: CoverageRule | undefined): EscalationStep[] {
  const steps: EscalationStep[] = [];
  if (regulator === "cdi") {
    steps.push({
      id: "plan-grievance",
      title: "File a grievance with your insurer",
      text: "A grievance is a formal complaint. A written denial must explain how to file one with your insurer.",
      contactIds: [],
      source: citationFor("ins-10123.68"),
    });
    steps.push({
      id: "regulator-complaint",
      title: "Contact the California Department of Insurance",
      text: "The CDI consumer hotline can help with a complaint about your insurer.",
      contactIds: ["cdi-hotline"],
      source: citationFor("ins-10169"),
    });
  } else {
    steps.push({
      id: "plan-grievance",
      title: "File a grievance with your plan",
      text: "A grievance is a formal complaint. A DMHC plan must answer within 30 calendar days, or within 3 days if your case is urgent.",
      contactIds: [],
      source: citationFor("hsc-1368.01"),
    });
    steps.push(
      regulator === "dmhc"
        ? {
            id: "regulator-complaint",
            title: "Contact the DMHC Help Center",
            text: "If the plan has not fixed the problem after 30 days in its grievance process, or right away if your case is urgent, you can contact DMHC.",
            contactIds: ["dmhc-help-center"],
            source: citationFor("hsc-1368.03"),
          }
        : {
            id: "regulator-complaint",
            title: "Contact the state office that regulates your plan",
            text: "For a DMHC plan: after 30 days in the plan’s grievance process, or right away if urgent. For a CDI policy: call the CDI consumer hotline. Not sure which? Call either one: they will tell you who to call.",
            contactIds: ["dmhc-help-center", "cdi-hotline"],
            source: citationFor("hsc-1368.03"),
          },
    );
  }
  steps.push({
    id: "imr",
    title: "Ask for an Independent Medical Review (IMR)",
    text: "You can ask the state for an Independent Medical Review of the plan’s decision. Apply within 6 months of the plan’s written decision. Later filing may be allowed for a good reason.",
    contactIds: regulator === "cdi" ? ["cdi-hotline"] : regulator === "dmhc" ? ["dmhc-help-center"] : ["dmhc-help-center", "cdi-hotline"],
    source: citationFor(regulator === "cdi" ? "ins-10169" : "hsc-1374.30"),
  });
  if (coverage?.scope === "by-licence" && coverage.extraEscalation) {
    for (const statement of coverage.extraEscalation) {
      steps.push({ id: "medi-cal-appeal", title: "Medi-Cal appeal and State Hearing", text: statement.text, contactIds: [], source: citationFor(statement.sourceId) });
    }
  }
  steps.push({
    id: "free-help",
    title: "Get free help",
    text: "The Health Consumer Alliance gives free help with health coverage problems.",
    contactIds: ["health-consumer-alliance"],
    source: citationFor("hca-website"),
  });
  return steps;
}

/** Everything that follows from the plan answers (coverage, plan type, regulator). */
export function derivePlanRules(request: PlanAnswers): PlanRules {
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
      regulatorNote: "California’s health plan regulators (DMHC and CDI) do not oversee this kind of coverage.",
      statute: null,
      grievanceStatute: null,
      contacts: offRampContacts,
      whoMayGiveOpinion: [],
      outOfNetwork: [],
      escalation: [],
      offRamp: {
        coverage: coverage.id,
        title: offRamp.title,
        summary: sourced(offRamp.summary),
        whereToGo: offRamp.whereToGo.map(sourced),
        contacts: offRampContacts,
      },
      federalSelfFunded: coverage.id === "job-self-funded",
    };
  }

  const { regulator, assumed } = regulatorFromAnswers(request.plan);
  const regulatorContent = regulator === "unknown" ? undefined : getRegulator(regulator);

  let stateLaw: StateLaw;
  let stateLawReason: SourcedText;
  if (!coverage) {
    stateLaw = "depends";
    stateLawReason = unknownCoverage;
  } else if (coverage.scope === "unsure") {
    stateLaw = "depends";
    stateLawReason = sourced(coverage.note);
  } else if (regulator === "dmhc") {
    stateLaw = "applies";
    stateLawReason = sourced(getRegulator("dmhc").lawApplies);
  } else if (regulator === "cdi") {
    stateLaw = "depends";
    stateLawReason = sourced(getRegulator("cdi").lawApplies);
  } else {
    stateLaw = "depends";
    stateLawReason = sourced(coverage.note);
  }

  let regulatorNote: string | undefined;
  if (assumed) regulatorNote = `You said you are not sure who regulates your plan. ${regulatorFinder.assumption.text}`;
  else if (regulator === "unknown")
    regulatorNote = "You said you are not sure who regulates your plan. The rules depend on it, so please find out: it takes a few minutes.";

  const regulatorContacts = regulatorContent ? regulatorContent.contactIds : regulatorFinder.contactIds;

  return {
    stateLaw,
    stateLawReason,
    regulator,
    regulatorIsAssumed: assumed,
    ...(regulatorNote ? { regulatorNote } : {}),
    statute: regulatorContent ? citationFor(regulatorContent.statuteSourceId) : null,
    grievanceStatute: regulatorContent ? citationFor(regulatorContent.grievanceSourceId) : null,
    contacts: [...regulatorContacts, "health-consumer-alliance"].map(contactFor),
    whoMayGiveOpinion: [...sharedWhoMayGiveOpinion, ...(regulatorContent?.whoMayGiveOpinion ?? [])].map(sourcedFor(regulator)),
    outOfNetwork: outOfNetworkRule.map(sourcedFor(regulator)),
    escalation: escalationFor(regulator, coverage),
    offRamp: null,
    federalSelfFunded: false,
  };
}
