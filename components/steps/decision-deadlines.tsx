"use client";

import { IntentLink } from "@/components/intent-link";
import { LatestDate } from "@/components/rules/due-date-card";
import { SourceNote } from "@/components/rules/source-note";
import { useRules } from "@/components/request-state/use-rules";
import { LazyOverdueBanner } from "@/components/decision/lazy";
import { dueDatesText } from "@/content/due-dates";
import { changeHref } from "@/lib/routes";

/** The member's own due date on Step 4, and what the plan must send. */
export function DecisionDeadlines() {
  const rules = useRules();
  if (!rules) return null;
  const text = dueDatesText;
  const due = rules.deadlines.decisionDue;
  const notice = rules.deadlines.denialNoticeDue;
  return (
    <>
      <LazyOverdueBanner />
      <section aria-labelledby="due-date-heading">
        <h2 className="heading-m" id="due-date-heading">
          {text.heading}
        </h2>
        {due ? (
          <div className="panel">
            <p>
              <strong>{due.summary}</strong>
            </p>
            {due.latest && <LatestDate latest={due.latest} />}
            <p>
              {text.countedAs(due.explanation)} <SourceNote source={due.source} />
            </p>
            {due.caveat && <p className="secondary">{due.caveat}</p>}
          </div>
        ) : (
          <p className="panel">
            {text.noDate} <IntentLink href={changeHref("submit", "submit", "sentMethod")}>{text.addDateSent}</IntentLink>.
          </p>
        )}
        {notice && (
          <p>
            {notice.summary} {text.noticeExplains} <SourceNote source={notice.source} />
          </p>
        )}
      </section>
    </>
  );
}
