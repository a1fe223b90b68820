import type { Statement } from "@/content/legal/statement";
import { englishRulesText, type RulesText } from "@/lib/rules/rules-text";
import type { SourcedText } from "@/lib/rules/types";
import { SourceNote } from "./source-note";

/** Plain-language legal statements, each followed by its source. */
export function SourcedList({ items, notes }: { items: readonly SourcedText[]; notes?: RulesText["notes"] }) {
  if (items.length === 0) return null;
  return (
    <ul className="list">
      {items.map((item) => (
        <li key={item.text}>
          {item.text} <SourceNote source={item.source} notes={notes} />
        </li>
      ))}
    </ul>
  );
}

/** Statements true for DMHC plans and CDI policies alike: each with both of its sources. */
export function StatementList({ items, text = englishRulesText }: { items: readonly Statement[]; text?: RulesText }) {
  if (items.length === 0) return null;
  return (
    <ul className="list">
      {items.map((item) => (
        <li key={item.text}>
          {item.text}{" "}
          {text.allSources(item).map((source) => (
            <span key={source.sourceId}>
              <SourceNote source={source} notes={text.notes} />{" "}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
