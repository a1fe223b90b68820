import { getContact } from "@/content/legal/contacts";
import { getSource } from "@/content/legal/sources";
import type { Statement } from "@/content/legal/statement";
import type { Citation, Contact, SourcedText } from "./types";

export function citationFor(sourceId: string): Citation {
  const source = getSource(sourceId);
  return { sourceId: source.id, short: source.short, citation: source.citation, ...(source.url ? { url: source.url } : {}) };
}

export function sourced(statement: Statement): SourcedText {
  return { text: statement.text, source: citationFor(statement.sourceId) };
}

export function contactFor(id: string): Contact {
  const contact = getContact(id);
  return { ...contact, methods: contact.methods.map((method) => ({ ...method })) };
}
