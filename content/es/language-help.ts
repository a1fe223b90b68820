import type { languageHelpText as englishLanguageHelp } from "@/content/language-help";
import type { Translated } from "@/lib/i18n/translated";

// Las palabras de "ayuda en su idioma" en el Paso 2 (la llamada) y en los
// pasos después de una denegación. La frase legal, con sus fuentes, está en
// content/es/legal/language-access.ts.

export const languageHelpText: Translated<typeof englishLanguageHelp> = {
  heading: "Ayuda en su idioma",
  general: "Puede pedirle a su plan un intérprete cuando llame. También puede preguntar si le puede enviar sus cartas en su idioma.",
};
