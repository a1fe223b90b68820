import { rulesNotes } from "@/content/rules-notes";
import type { RulesText } from "@/lib/rules/rules-text";
import type { Citation } from "@/lib/rules/types";

/** "Source: California Health and Safety Code §1383.15", as a quiet note after a statement (English unless `notes` say otherwise). */
export function SourceNote({ source, notes = rulesNotes }: { source: Citation; notes?: RulesText["notes"] }) {
  return <span className="source">{notes.source(source.citation)}</span>;
}
