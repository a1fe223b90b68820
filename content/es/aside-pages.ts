import type { asidePagesText as english } from "@/content/aside-pages";
import type { Translated } from "@/lib/i18n/translated";

/** Las dos páginas junto a las preguntas (content/aside-pages.ts), en español. */
export const asidePagesText: Translated<typeof english> = {
  notCovered: {
    heading: "La ley de segunda opinión de California no se aplica a su cobertura",
  },
  regulatorFinder: {
    lead: "Sus derechos dependen de la oficina estatal que supervisa su plan: el Departamento de Atención Médica Administrada (DMHC) o el Departamento de Seguros de California (CDI).",
    hmoHeading: "¿Su plan es una HMO?",
    papersHeading: "Revise sus documentos",
    callHeading: "O llame y pregunte",
    stillNotSureHeading: "¿Todavía no sabe?",
    stillNotSure:
      "Puede elegir “No sé” y seguir. Le mostraremos las reglas de los dos, y su carta de todos modos pedirá una segunda opinión.",
    backToPlan: "Volver a las respuestas sobre su plan",
  },
};
