import type { aboutPageText as english } from "@/content/about-page";
import type { Translated } from "@/lib/i18n/translated";

export const aboutPageText: Translated<typeof english> = {
  title: "Acerca de y privacidad",
  lastReviewed: (date: string) => `Las reglas y los plazos se revisaron por última vez el ${date}. Vea cada regla con su fuente en`,
  rightsLink: "Sus derechos",
  deleteHeading: "Borrar sus respuestas",
  deleteIntro: "Sus respuestas se guardan solo en el almacenamiento de este navegador, en este dispositivo, hasta que usted las borre.",
};
