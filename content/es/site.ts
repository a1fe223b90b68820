import type { siteText as english } from "@/content/site";
import type { Translated } from "@/lib/i18n/translated";

/** Words that appear on every page, in Spanish. */
export const siteText: Translated<typeof english> = {
  loadFailed: {
    loadFailed:
      "Una parte de esta página no se pudo cargar, así que todavía no podemos mostrar ni guardar sus respuestas aquí. Lo que ya guardó en este dispositivo se conserva. Revise su conexión y vuelva a cargar la página.",
    reload: "Volver a cargar la página",
  },
  name: "Ayuda para pedir una segunda opinión",
  shortName: "Segunda opinión",
  description:
    "Pida a su plan de salud de California que cubra una segunda opinión médica. Vea sus derechos y sus plazos, y prepare una carta para enviar.",
  disclaimer: "Información general, no asesoría legal.",
  privacy: "Sus respuestas se quedan en este dispositivo. Nada de lo que escribe se envía a nosotros ni a nadie más.",
  notFound: {
    title: "No se encontró la página",
    body: "No hay ninguna página en esta dirección. Si la escribió usted, revísela. Sus respuestas guardadas siguen en este dispositivo.",
    startLink: "Ir a la página de inicio",
  },
  skipLink: "Saltar al contenido principal",
  navigationLabel: "Principal",
  deleteAnswers: {
    button: "Borrar mis respuestas",
    confirmHeading: "¿Borrar todas sus respuestas?",
    confirmText: "Esto borra de este dispositivo todo lo que escribió, incluido su registro de llamadas. No se puede deshacer.",
    confirm: "Sí, borrar mis respuestas",
    cancel: "No, conservar mis respuestas",
    deleted: "Sus respuestas se borraron de este dispositivo.",
  },
  navigation: [
    { route: "rights", label: "Sus derechos" },
    { route: "ifDenied", label: "Si le negaron su solicitud" },
    { route: "about", label: "Acerca de y privacidad" },
  ],
};
