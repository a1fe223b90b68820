"use client";

import { denialNoticeContents } from "@/content/legal/rights";
import { nextStepsText } from "@/content/next-steps";
import { useRules } from "@/components/request-state/use-rules";
import { SourcedList } from "@/components/rules/sourced-list";
import { sourcedFor } from "@/lib/rules/citations";

/** Where the member records a denial: what the plan's letter must tell them, citing their own regulator's law. */
export function DenialNoticeContents() {
  const rules = useRules();
  if (!rules) return null;
  return (
    <div className="inset" data-testid="denial-notice-contents">
      <p>
        <strong>{nextStepsText.denialNotice.heading}</strong>
      </p>
      <SourcedList items={denialNoticeContents.map(sourcedFor(rules.regulator))} />
    </div>
  );
}
