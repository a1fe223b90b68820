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
