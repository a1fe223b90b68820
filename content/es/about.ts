import type { aboutText as english } from "@/content/about";
import type { Translated } from "@/lib/i18n/translated";

export const aboutText: Translated<typeof english> = {
  sections: [
    {
      heading: "Qué es esta herramienta",
      paragraphs: [
        "Esta guía gratis es para personas con un plan de salud en California que quieren que el plan cubra una segunda opinión médica. Le muestra las reglas para su tipo de plan. Calcula las fechas en las que su plan debería responderle. También llena una carta de solicitud y una lista de expedientes médicos.",
        "Da información general, no asesoría legal. Los planes pueden contar los días a su manera, por eso mostramos las fechas como “alrededor del”. Si necesita asesoría sobre su propio caso, Health Consumer Alliance da ayuda gratis.",
      ],
    },
    {
      heading: "Su privacidad",
      paragraphs: [
        "Todo lo que escribe se queda en su navegador, en este dispositivo. No hay cuentas. Nada de lo que escribe se envía a nosotros ni a nadie más. La carta y la lista se hacen en su dispositivo.",
        "Este sitio no usa cookies, ni analíticas, ni rastreo. No carga nada de otros sitios web.",
        "Si usa una computadora compartida o pública, borre sus respuestas cuando termine.",
      ],
    },
    {
      heading: "De dónde vienen las reglas",
      paragraphs: [
        "Las reglas vienen de dos conjuntos de leyes de California: el Código de Salud y Seguridad y el Código de Seguros. También vienen de las páginas web públicas de dos oficinas del estado: el Departamento de Atención Médica Administrada (DMHC) y el Departamento de Seguros de California (CDI). Cada regla de este sitio muestra su fuente.",
      ],
    },
  ],
};
