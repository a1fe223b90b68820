"use client";

import { DueDateCard } from "@/components/rules/due-date-card";
import { SourceNote } from "@/components/rules/source-note";
import { useRulesAndWords } from "@/components/request-state/use-rules";
import type { RulesWords } from "@/lib/rules/rules-from";
import type { SourcedText } from "@/lib/rules/types";

function Statements({ items, words }: { items: readonly SourcedText[] | undefined; words: RulesWords | undefined }) {
  return (
    <>
      {items?.map((statement) => (
        <p key={statement.text}>
          {statement.text} <SourceNote source={statement.source} notes={words?.text.notes} />
        </p>
      ))}
    </>
  );
}

/** Who may give the opinion, for the member's own regulator, in the page's language. */
export function WhoMayGiveOpinion() {
  const loaded = useRulesAndWords();
  return <Statements items={loaded?.rules.whoMayGiveOpinion} words={loaded?.words} />;
}

/** The out-of-network rule and its cost, for the member's own regulator, in the page's language. */
export function OutOfNetworkRule() {
  const loaded = useRulesAndWords();
  return <Statements items={loaded?.rules.outOfNetwork} words={loaded?.words} />;
}

/** The decision date worked out from the sending answers, once they give one. */
export function SubmitDueDate({ title }: { title: string }) {
  const loaded = useRulesAndWords();
  const due = loaded?.rules.deadlines.decisionDue;
  return due ? <DueDateCard deadline={due} headingLevel={2} title={title} words={loaded.words} /> : null;
}
