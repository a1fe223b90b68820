"use client";

import { DueDateCard } from "@/components/rules/due-date-card";
import { SourceNote } from "@/components/rules/source-note";
import { useRules } from "@/components/request-state/use-rules";
import type { SourcedText } from "@/lib/rules/types";

function Statements({ items }: { items: readonly SourcedText[] | undefined }) {
  return (
    <>
      {items?.map((statement) => (
        <p key={statement.text}>
          {statement.text} <SourceNote source={statement.source} />
        </p>
      ))}
    </>
  );
}

/** Who may give the opinion, for the member's own regulator. */
export function WhoMayGiveOpinion() {
  return <Statements items={useRules()?.whoMayGiveOpinion} />;
}

/** The out-of-network rule and its cost, for the member's own regulator. */
export function OutOfNetworkRule() {
  return <Statements items={useRules()?.outOfNetwork} />;
}

/** The decision date worked out from the sending answers, once they give one. */
export function SubmitDueDate({ title }: { title: string }) {
  const due = useRules()?.deadlines.decisionDue;
  return due ? <DueDateCard deadline={due} headingLevel={2} title={title} /> : null;
}
