import type { startPageText as english } from "@/content/start-page";
import type { Translated } from "@/lib/i18n/translated";

export const startPageText: Translated<typeof english> = {
  heading: "Pida a su plan de salud que cubra una segunda opinión",
  summary: [
    "Según la ley de California, la mayoría de las personas con un plan de salud pueden obtener una segunda opinión médica de otro médico calificado. El plan la cubre, y usted paga solo su copago habitual.",
    "Esta herramienta le muestra las reglas para su tipo de plan y la fecha en la que su plan debería responderle.",
    "También llena una carta de solicitud y una lista de expedientes médicos que puede descargar o imprimir.",
  ],
  youNeed: [
    "su tarjeta del seguro",
    "el nombre de su médico",
    "su diagnóstico, o el tratamiento que le recomendó su médico",
  ],
  timeNeeded: "Toma unos 10 minutos. Puede parar en cualquier momento y volver más tarde.",
  privacy: "Sus respuestas se quedan en este dispositivo. No tenemos cuentas y nunca vemos lo que usted escribe.",
  needHeading: "Lo que necesita",
  start: "Empezar ahora",
  beforeHeading: "Antes de empezar",
  openHeading: "Respuestas guardadas en otro dispositivo",
  before: [
    { route: "rights", link: "Sus derechos", text: "las reglas para su tipo de plan, una al lado de la otra, con sus fuentes." },
    { route: "ifDenied", link: "Si le negaron su solicitud", text: "qué hacer después y para cuándo." },
  ],
};
