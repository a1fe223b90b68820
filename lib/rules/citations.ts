import { getContact } from "@/content/legal/contacts";
import { getSource } from "@/content/legal/sources";
import type { Statement } from "@/content/legal/statement";
import type { Citation, Contact, Regulator, SourcedText } from "./types";

export function citationFor(sourceId: string): Citation {
  const source = getSource(sourceId);
  return { sourceId: source.id, short: source.short, citation: source.citation, ...(source.url ? { url: source.url } : {}) };
}

/**
 * A statement with its source. For a DMHC plan, a statement whose main source
 * is the Insurance Code cites its Health and Safety Code parallel instead.
 * (A number as second argument is ignored, so `.map(sourced)` works.)
 */
export function sourced(statement: Statement, regulator?: Regulator | number): SourcedText {
  const sourceId = regulator === "dmhc" && statement.parallelSourceId?.startsWith("hsc-") ? statement.parallelSourceId : statement.sourceId;
  return { text: statement.text, source: citationFor(sourceId) };
}

/** `sourced` for one regulator, as a mapper: `.map(sourcedFor("dmhc"))`. */
export function sourcedFor(regulator: Regulator): (statement: Statement) => SourcedText {
  return (statement) => sourced(statement, regulator);
}

/** Every source of a statement: its own, then its parallel for the other regulator. */
export function allSources(statement: Statement): Citation[] {
  return [statement.sourceId, ...(statement.parallelSourceId ? [statement.parallelSourceId] : [])].map(citationFor);
}

export function contactFor(id: string): Contact {
  const contact = getContact(id);
  return { ...contact, methods: contact.methods.map((method) => ({ ...method })) };
}
