import { formatLongDate } from "@/lib/dates/format";
import { deriveRules, rulesWords } from "@/lib/rules";
import { overviewFrom } from "./overview-from";

// Loaded with import() by the start page's overview: the rules and the legal
// content stay out of the start page's first-load JavaScript. English here;
// lib/overview/derive-es.ts is the same in Spanish.

export type { Overview } from "./overview-from";

export const deriveOverview = overviewFrom({ deriveRules, whenDue: rulesWords.whenDue, formatLongDate });
