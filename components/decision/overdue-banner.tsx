"use client";

import { nextStepsText } from "@/content/next-steps";
import { useRequestState } from "@/components/request-state/request-provider";
import { useRules } from "@/components/request-state/use-rules";
import { formatLongDate } from "@/lib/dates/format";
import { whenDue } from "@/lib/next-steps/when";
import { overdueState } from "@/lib/next-steps/overdue";

/** Step 4, past the due date with no answer recorded: says so plainly and what to do today. */
export function OverdueBanner() {
  const { request } = useRequestState();
  const rules = useRules();
  if (!rules) return null;
  const now = new Date();
  const overdue = overdueState(request, rules, now);
  if (!overdue) return null;
  const text = nextStepsText.overdue;
  const { due, planGivenDate } = overdue;
  return (
    <section className="notice notice--warning" aria-labelledby="overdue-heading" data-testid="overdue-banner">
      <h2 className="heading-m" id="overdue-heading">
        {text.heading}
      </h2>
      <p>
        <strong>{text.lead(whenDue(due))}</strong>
      </p>
      {planGivenDate && <p>{text.planGiven(formatLongDate(planGivenDate))}</p>}
      <h3 className="heading-s">{text.todayHeading}</h3>
      <ol className="list">
        {text.today.map((item) => (
          <li key={item.text}>
            {item.text} <a href={item.link.href}>{item.link.label}</a>
          </li>
        ))}
      </ol>
      <p className="secondary">{text.recordOutcome}</p>
    </section>
  );
}
