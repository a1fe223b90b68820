import { DISCLAIMER } from "@/content/legal/meta";
import { rulesNotes } from "@/content/rules-notes";
import { formatMediumDate } from "@/lib/dates/format";
import type { Translated } from "@/lib/i18n/translated";
import { allSources, citationFor } from "./citations";

/**
 * What the rules' components (sources, contacts, last reviewed) need in a
 * language. English is the default, so a component used in English needs no
 * prop; a page in another language passes its own (lib/rules/legal-in.ts).
 */
export const englishRulesText = { notes: rulesNotes, disclaimer: DISCLAIMER, formatMediumDate, citationFor, allSources };

export type RulesText = Translated<typeof englishRulesText>;
