import type { noScriptText as english } from "@/content/no-script";
import type { Translated } from "@/lib/i18n/translated";

/** Se muestra en las páginas del asistente cuando JavaScript está desactivado. */
export const noScriptText: Translated<typeof english> = {
  heading: "Active JavaScript para llenar su solicitud",
  body: "La solicitud paso a paso necesita JavaScript. Usa JavaScript para guardar sus respuestas en este dispositivo, y solo aquí. Active JavaScript en su navegador y luego vuelva a cargar esta página.",
  linksIntro: "Estas páginas funcionan sin JavaScript:",
  links: [
    { route: "rights", text: "Sus derechos" },
    { route: "ifDenied", text: "Si le negaron su solicitud" },
    { route: "blankChecklist", text: "Una lista de expedientes médicos en blanco para imprimir y llenar a mano" },
  ],
};
