import type { rulesNotes as english } from "@/content/rules-notes";
import type { Translated } from "@/lib/i18n/translated";

export const rulesNotes: Translated<typeof english> = {
  source: (citation: string) => `(Fuente: ${citation})`,
  contacts: "Contactos",
  verify: "Confirme este dato antes de usarlo: nuestra fuente es menos segura sobre él.",
  lastReviewed: "Última revisión:",
};
