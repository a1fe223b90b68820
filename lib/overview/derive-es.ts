import { formatLongDate } from "@/lib/dates/format-es";
import { deriveRules, rulesWords } from "@/lib/rules/es";
import { overviewFrom } from "./overview-from";

// lib/overview/derive.ts in Spanish: the same tasks and dates, the date in Spanish words.

export const deriveOverview = overviewFrom({ deriveRules, whenDue: rulesWords.whenDue, formatLongDate });
