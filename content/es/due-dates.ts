import type { dueDatesText as english } from "@/content/due-dates";
import type { Translated } from "@/lib/i18n/translated";

/** Step 4's panel with the member's own due date, in Spanish (a small module: it is in the page's first load). */
export const dueDatesText: Translated<typeof english> = {
  heading: "Cuándo debería responder el plan",
  countedAs: (explanation: string) => `Es decir, ${explanation}.`,
  skipped: "No se contó por ser día feriado estatal:",
  /** The disclosure that holds how a date was counted and its caution, so the date itself stays short on a phone. */
  howWorkedOut: "Cómo calculamos esta fecha",
  noDate: "Podemos calcular la fecha cuando nos diga cuándo envió su solicitud.",
  addDateSent: "Agregar la fecha en que la envió",
};
