"use client";

import { IntentLink } from "@/components/intent-link";
import { DueDateCard } from "@/components/rules/due-date-card";
import { SourceNote } from "@/components/rules/source-note";
import { useRulesAndWords } from "@/components/request-state/use-rules";
import { LazyOverdueBanner } from "@/components/decision/lazy";
import { questionHref } from "@/lib/routes";
import { pageOf } from "@/lib/steps";

/** The member's own due date on Step 4, and what the plan must send, in the page's language. */
export function DecisionDeadlines() {
  const loaded = useRulesAndWords();
  if (!loaded) return null;
  const { rules, words } = loaded;
  const text = words.dueDates;
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
          <DueDateCard deadline={due} words={words} />
        ) : (
          <p className="panel">
            {text.noDate} <IntentLink href={questionHref(pageOf("submit", "sentMethod").route, "submit", "sentMethod")}>{text.addDateSent}</IntentLink>.
          </p>
        )}
        {notice && (
          <p>
            {notice.summary} <SourceNote source={notice.source} notes={words.text.notes} />
          </p>
        )}
      </section>
    </>
  );
}
