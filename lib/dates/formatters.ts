import type { Locale } from "@/lib/i18n/locales";
import * as english from "./format";
import * as spanish from "./format-es";

/** How a page writes dates and times: "Monday, March 8, 2027" or "lunes, 8 de marzo de 2027". */
export type DateFormatter = Pick<typeof english, "formatLongDate" | "formatMediumDate" | "formatTime" | "formatDateTime">;

// Both are a few lines of Intl-free code, so a page in either language may carry both.
export const dateFormatters: Record<Locale, DateFormatter> = { en: english, es: spanish };
