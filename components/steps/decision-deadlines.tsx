"use client";

import { IntentLink } from "@/components/intent-link";
import { SourceNote } from "@/components/rules/source-note";
import { useRules } from "@/components/request-state/use-rules";
import { LazyOverdueBanner } from "@/components/decision/lazy";

/** The member's own due date on Step 4, and what the plan must send. */
export function DecisionDeadlines() {
  const rules = useRules();
  if (!rules) return null;
  const due = rules.deadlines.decisionDue;
  const notice = rules.deadlines.denialNoticeDue;
  return (
    <>
      <LazyOverdueBanner />
      <section aria-labelledby="due-date-heading">
        <h2 className="heading-m" id="due-date-heading">
          When the plan should answer
        </h2>
        {due ? (
          <div className="panel">
            <p>
              <strong>{due.summary}</strong>
            </p>
            <p>
              That is {due.explanation}. <SourceNote source={due.source} />
            </p>
            {due.caveat && <p className="secondary">{due.caveat}</p>}
          </div>
        ) : (
          <p className="panel">
            We can work out the date once you tell us when you sent your request.{" "}
            <IntentLink href="/request/submit?change=1#submit-sentMethod">Add the date you sent it</IntentLink>.
          </p>
        )}
        {notice && (
          <p>
            {notice.summary} The notice must explain how to file a grievance. <SourceNote source={notice.source} />
          </p>
        )}
      </section>
    </>
  );
}
