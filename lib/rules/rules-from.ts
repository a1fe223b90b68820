import type { dueDatesText } from "@/content/due-dates";
import type { denialNoticeContents } from "@/content/legal/rights";
import type { nextStepsText } from "@/content/next-steps";
import { shownAnswers } from "@/lib/answers/shown";
import type { IsoDate } from "@/lib/dates/date-parts";
import type { Translated } from "@/lib/i18n/translated";
import type { SecondOpinionRequest } from "@/lib/steps/request";
import { citationsFrom, type LegalLookups } from "./citations-from";
import { deadlinesFrom, type DeadlineContent } from "./deadlines-from";
import { planRulesFrom, type PlanContent } from "./plan-rules";
import type { RulesText } from "./rules-text";
import type { DerivedRules } from "./types";

// The rules in one language: `rulesFrom(content)` is fed one language's legal
// content, deadline words, date formatter and notes, and gives `deriveRules`
// and the words the rules' components show. lib/rules/index.ts feeds it the
// English content, lib/rules/es.ts the Spanish: the same dates, ids and
// sources, in each language's words. Nothing here imports content, so a page
// loads only its own language's module.

/** Everything the rules and their components need from one language. */
type RulesContent = PlanContent &
  Omit<DeadlineContent, "citationFor"> &
  LegalLookups & {
    LAST_REVIEWED: IsoDate;
    DISCLAIMER: string;
    denialNoticeContents: Translated<typeof denialNoticeContents>;
    notes: RulesText["notes"];
    dueDates: Translated<typeof dueDatesText>;
    nextSteps: Translated<Pick<typeof nextStepsText, "denialNotice" | "overdue" | "pastLikely">>;
  };

export function rulesFrom(content: RulesContent) {
  const citations = citationsFrom(content);
  const derivePlanRules = planRulesFrom(content, citations);
  const { deriveDeadlines, lengthLabel, whenDue } = deadlinesFrom({ ...content, citationFor: citations.citationFor });

  /**
   * Everything the law says about this member's request, derived (never stored):
   * whether state law applies, the regulator, the statute, contacts, and the
   * deadlines counted from the dates entered. `now` decides each deadline's
   * status (past/today/future) and the "right away" date for urgent cases.
   */
  function deriveRules(answers: SecondOpinionRequest, now: Date = new Date()): DerivedRules {
    // Only the questions the member was asked count: an answer their later answers made moot does not.
    const request = shownAnswers(answers);
    const plan = derivePlanRules(request);
    const urgent = request.submit.urgent === "yes";
    const grievanceUrgent = urgent || request.decision.grievanceUrgent === "yes";
    const { federalSelfFunded, ...rest } = plan;
    return {
      ...rest,
      urgent,
      grievanceUrgent,
      deadlines: deriveDeadlines(request, {
        regulator: plan.regulator,
        urgent,
        grievanceUrgent,
        now,
        federalSelfFunded,
        mayBeFederal: plan.mayBeFederal,
        stateLawApplies: plan.stateLaw !== "does-not-apply",
      }),
      lastReviewed: content.LAST_REVIEWED,
      disclaimer: content.DISCLAIMER,
    };
  }

  /** The words the rules' client components show with the rules, in this language. */
  const rulesWords = {
    text: {
      notes: content.notes,
      disclaimer: content.DISCLAIMER,
      formatMediumDate: content.dates.formatMediumDate,
      citationFor: citations.citationFor,
      allSources: citations.allSources,
    } satisfies RulesText,
    dates: content.dates,
    dueDates: content.dueDates,
    nextSteps: content.nextSteps,
    whenDue,
    lengthLabel,
    sourcedFor: citations.sourcedFor,
    denialNoticeContents: content.denialNoticeContents,
  };

  return { deriveRules, rulesWords, citations };
}

export type RulesWords = ReturnType<typeof rulesFrom>["rulesWords"];
