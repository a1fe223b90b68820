import type { Statement } from "@/content/legal/statement";
import type { DerivedRules, RegulatorId, SourcedText } from "@/lib/rules/types";

// "Help in your language" (facts sheet, section 8), worked out from one
// language's words. Only plain strings, so a server component can pass the
// view to a client one; no content module is imported here.

export type LanguageHelpView = {
  heading: string;
  /** No law cited: for a member whose plan is not known to be under California law. */
  general: string;
  /** The plan's duty, with the source a DMHC plan or a CDI policy sees ("(Source: …)", as SourceNote writes it). */
  stateLaw: { text: string; source: Record<RegulatorId, string> };
};

type ViewInputs = {
  words: { heading: string; general: string };
  statement: Statement;
  sourced: (statement: Statement, regulator?: RegulatorId) => SourcedText;
  notes: { source: (citation: string) => string };
};

export function languageHelpView({ words, statement, sourced, notes }: ViewInputs): LanguageHelpView {
  const sourceFor = (regulator: RegulatorId) => notes.source(sourced(statement, regulator).source.citation);
  return {
    heading: words.heading,
    general: words.general,
    stateLaw: { text: statement.text, source: { dmhc: sourceFor("dmhc"), cdi: sourceFor("cdi") } },
  };
}

/**
 * The line a member sees: the plan's legal duty with its source when the plan
 * is under state law and its regulator is known (a DMHC plan or a CDI policy);
 * otherwise (state law does not apply, the regulator is not known, or the
 * answers are not read yet) the general line, citing no law.
 */
export function languageHelpLine(
  view: LanguageHelpView,
  rules: Pick<DerivedRules, "stateLaw" | "regulator"> | undefined,
): { text: string; source?: string } {
  if (!rules || rules.stateLaw === "does-not-apply" || rules.regulator === "unknown") return { text: view.general };
  return { text: view.stateLaw.text, source: view.stateLaw.source[rules.regulator] };
}
