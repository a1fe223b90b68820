"use client";

import { useRules } from "@/components/request-state/use-rules";
import { languageHelpLine, type LanguageHelpView } from "@/lib/language-help/view";

/** "Help in your language", with the plan's legal duty only when its answers show state law applies (facts sheet, section 8). */
export function LanguageHelp({ view, headingLevel = 2 }: { view: LanguageHelpView; headingLevel?: 2 | 3 }) {
  return <LanguageHelpNote view={view} rules={useRules()} headingLevel={headingLevel} />;
}

/** The note itself, for a component that already has the rules (the next steps). */
export function LanguageHelpNote({
  view,
  rules,
  headingLevel = 2,
}: {
  view: LanguageHelpView;
  rules: Parameters<typeof languageHelpLine>[1];
  headingLevel?: 2 | 3;
}) {
  const line = languageHelpLine(view, rules);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="inset" data-testid="language-help" data-state-law={line.source ? "yes" : "no"} aria-labelledby="language-help-heading">
      <Heading className="heading-s" id="language-help-heading">
        {view.heading}
      </Heading>
      <p>
        {line.text}
        {line.source && (
          <>
            {" "}
            <span className="source">{line.source}</span>
          </>
        )}
      </p>
    </section>
  );
}
