import type { Source } from "@/content/legal/schemas";
import type { Statement } from "@/content/legal/statement";
import type { Citation, Contact, Regulator, SourcedText } from "./types";

// The citation helpers for one language's sources and contacts: no content is
// imported here, so each language's rules module loads only its own words.

/** Source ids of each regulator's own law: a member sees their regulator's section where the statement has one. */
const ownLaw: Record<"dmhc" | "cdi", RegExp> = {
  dmhc: /^(hsc|ccr-28)-/,
  cdi: /^(ins|ccr-10|cfr-45)-/,
};

/** The sources and contacts of one language (the same ids in every language). */
export type LegalLookups = { getSource: (id: string) => Source; getContact: (id: string) => Omit<Contact, "methods"> & { methods: readonly Contact["methods"][number][] } };

/** Citations and contacts in the language of `lookups`. */
export function citationsFrom({ getSource, getContact }: LegalLookups) {
  function citationFor(sourceId: string): Citation {
    const source = getSource(sourceId);
    return { sourceId: source.id, short: source.short, citation: source.citation, ...(source.url ? { url: source.url } : {}) };
  }

  /**
   * A statement with its source: for a DMHC plan its Health and Safety Code
   * section, for a CDI policy its Insurance Code one, when the statement has
   * both (`parallelSourceId`); otherwise its main source.
   */
  function sourced(statement: Statement, regulator?: Regulator): SourcedText {
    const ids = [statement.sourceId, ...(statement.parallelSourceId ? [statement.parallelSourceId] : [])];
    const own = regulator === "dmhc" || regulator === "cdi" ? ids.find((id) => ownLaw[regulator].test(id)) : undefined;
    return { text: statement.text, source: citationFor(own ?? statement.sourceId) };
  }

  return {
    citationFor,
    sourced,
    /** `sourced` for one regulator, as a mapper: `.map(sourcedFor("dmhc"))`. */
    sourcedFor: (regulator: Regulator) => (statement: Statement) => sourced(statement, regulator),
    /** Every source of a statement: its own, then its parallel for the other regulator. */
    allSources: (statement: Statement): Citation[] =>
      [statement.sourceId, ...(statement.parallelSourceId ? [statement.parallelSourceId] : [])].map(citationFor),
    contactFor(id: string): Contact {
      const contact = getContact(id);
      return { ...contact, methods: contact.methods.map((method) => ({ ...method })) };
    },
  };
}

