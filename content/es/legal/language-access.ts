import type { languageAccess as englishLanguageAccess } from "@/content/legal/language-access";
import type { Translated } from "@/lib/i18n/translated";

// El gemelo en español de content/legal/language-access.ts: la ayuda en su
// idioma (hoja de hechos, sección 8), con las mismas fuentes.

export const languageAccess: Translated<typeof englishLanguageAccess> = {
  text: "Su plan debe ofrecerle un intérprete gratis. Puede pedirlo cuando llame, y pedir las cartas del plan en su idioma. No le cuesta nada.",
  sourceId: "hsc-1367.04",
  parallelSourceId: "ccr-10-2538.5",
};
