import type { Citation } from "@/lib/rules/types";

/** "Source: California Health and Safety Code §1383.15", as a quiet note after a statement. */
export function SourceNote({ source }: { source: Citation }) {
  return <span className="source">(Source: {source.citation})</span>;
}
