"use client";

import { useRulesAndWords } from "@/components/request-state/use-rules";
import { SourcedList } from "@/components/rules/sourced-list";

/** Where the member records a denial: what the plan's letter must tell them, citing their own regulator's law, in the page's language. */
export function DenialNoticeContents() {
  const loaded = useRulesAndWords();
  if (!loaded) return null;
  const { rules, words } = loaded;
  return (
    <div className="inset" data-testid="denial-notice-contents">
      <p>
        <strong>{words.nextSteps.denialNotice.heading}</strong>
      </p>
      <SourcedList items={words.denialNoticeContents.map(words.sourcedFor(rules.regulator))} notes={words.text.notes} />
    </div>
  );
}
