import type * as english from "@/content/legal/meta";
import type { Translated } from "@/lib/i18n/translated";

// The review date is data (one date for both languages); the disclaimer is words.
export { LAST_REVIEWED } from "@/content/legal/meta";

export const DISCLAIMER: Translated<typeof english.DISCLAIMER> = "Información general, no asesoría legal.";
