import { expect } from "vitest";

/**
 * The glossary's terms (shared/facts/spanish-glossary.md) for the legal
 * modules: where the English says the term, the Spanish must say the
 * glossary's Spanish, so a member meets the words their plan's letters use.
 */
const TERMS: readonly (readonly [RegExp, RegExp])[] = [
  [/second[ -]opinion/i, /segunda(s)? opini(ó|o)n(es)?/i],
  [/Evidence of Coverage/, /Evidencia de Cobertura/],
  [/Independent Medical Review/, /Revisión Médica Independiente/],
  [/denial letter/i, /cartas? de denegación/],
  [/State Hearing/, /Audiencias? Estatal(es)?/],
  [/member services/i, /Servicios para Miembros/],
  [/grievance/i, /queja/],
  [/Department of Managed Health Care/, /Departamento de Atención Médica Administrada/],
  [/Department of Insurance/, /Departamento de Seguros de California/],
  [/Help Center/, /Centro de Ayuda del DMHC/],
  [/Medi-Cal managed care/i, /Medi-Cal de atención administrada/i],
  [/\bappeal/i, /apela/i],
  [/copay/i, /copago/],
];

/** Every pair of strings of words (ids have no spaces) at the same place in the English and the Spanish value. */
export function stringPairs(english: unknown, spanish: unknown): [string, string][] {
  if (typeof english === "string") return typeof spanish === "string" && /\s/.test(english) ? [[english, spanish]] : [];
  if (Array.isArray(english)) return english.flatMap((item, index) => stringPairs(item, (spanish as unknown[])?.[index]));
  if (english && typeof english === "object" && spanish && typeof spanish === "object") {
    return Object.entries(english).flatMap(([key, value]) => stringPairs(value, (spanish as Record<string, unknown>)[key]));
  }
  return [];
}

/** Fails naming each sentence whose Spanish lacks a glossary term its English has. */
export function expectGlossaryTerms(english: unknown, spanish: unknown) {
  const missing = stringPairs(english, spanish).flatMap(([en, es]) =>
    TERMS.filter(([inEnglish, inSpanish]) => inEnglish.test(en) && !inSpanish.test(es)).map(([, inSpanish]) => ({ en, es, expected: String(inSpanish) })),
  );
  expect(missing).toEqual([]);
}
