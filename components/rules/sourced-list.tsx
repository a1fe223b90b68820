import type { Statement } from "@/content/legal/statement";
import { allSources } from "@/lib/rules/citations";
import type { SourcedText } from "@/lib/rules/types";
import { SourceNote } from "./source-note";

/** Plain-language legal statements, each followed by its source. */
export function SourcedList({ items }: { items: readonly SourcedText[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="list">
      {items.map((item) => (
        <li key={item.text}>
          {item.text} <SourceNote source={item.source} />
        </li>
      ))}
    </ul>
  );
}

/** Statements true for DMHC plans and CDI policies alike: each with both of its sources. */
export function StatementList({ items }: { items: readonly Statement[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="list">
      {items.map((item) => (
        <li key={item.text}>
          {item.text}{" "}
          {allSources(item).map((source) => (
            <span key={source.sourceId}>
              <SourceNote source={source} />{" "}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
