"use client";

import { useRequestState } from "@/components/request-state/request-provider";
import { useRulesAndWords } from "@/components/request-state/use-rules";
import { overdueState, pastLikelyDate } from "@/lib/next-steps/overdue";

/**
 * Step 4, no answer recorded: past even the latest due date, says plainly the
 * plan is late and what to do today; past only the likely date, suggests a call.
 * In the page's language.
 */
export function OverdueBanner() {
  const { request } = useRequestState();
  const loaded = useRulesAndWords();
  if (!loaded) return null;
  const { rules, words } = loaded;
  const nextStepsText = words.nextSteps;
  const { formatLongDate } = words.dates;
  const { whenDue } = words;
  const now = new Date();
  const overdue = overdueState(request, rules, now);
  if (!overdue) {
    const likelyPassed = pastLikelyDate(request, rules, now);
    return likelyPassed?.latest ? (
      <p className="notice" data-testid="past-likely-date">
        {nextStepsText.pastLikely(formatLongDate(likelyPassed.latest.date))}
      </p>
    ) : null;
  }
  const text = nextStepsText.overdue;
  const { due, planGivenDate, planGivenNotInWriting } = overdue;
  return (
    <section className="notice notice--warning" aria-labelledby="overdue-heading" data-testid="overdue-banner">
      <h2 className="heading-m" id="overdue-heading">
        {text.heading}
      </h2>
      <p>
        <strong>{text.lead(whenDue(due))}</strong>
      </p>
      {due.latest && <p>{text.latest(formatLongDate(due.latest.date))}</p>}
      {planGivenDate && <p>{text.planGiven(formatLongDate(planGivenDate))}</p>}
      {planGivenNotInWriting && <p>{text.planGivenNotInWriting(formatLongDate(planGivenNotInWriting))}</p>}
      <h3 className="heading-s">{text.todayHeading}</h3>
      <ol className="list">
        {text.today.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ol>
      <p>{text.recordOutcome}</p>
    </section>
  );
}
