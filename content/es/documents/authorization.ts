import type {
  authorizationNotes as englishNotes,
  authorizationPageText as englishPageText,
  authorizationText as englishText,
} from "@/content/documents/authorization";
import type { Translated } from "@/lib/i18n/translated";

// La autorización para la persona que ayuda al miembro, en español. La carta
// dice solo lo que el miembro permite; no cita ninguna ley. Las notas llevan
// la misma fuente (sourceId) que en inglés.

export const authorizationText: Translated<typeof englishText> = {
  title: "Autorización para que alguien me ayude",
  attention: "Atención: Servicios para Miembros",
  subject: "Asunto: Autorización para que una persona me ayude con mi solicitud de segunda opinión",
  planLabel: "Plan de salud",
  requestReferenceLabel: "Número de referencia de la solicitud",
  salutation: "Estimado equipo de Servicios para Miembros:",
  intro: "Autorizo a la persona que aparece abajo a ayudarme con mi solicitud de una segunda opinión médica.",
  helperLabels: { name: "Nombre", relationship: "Relación conmigo" },
  mayIntro: "Esta persona puede:",
  may: [
    "Hablar con ustedes sobre esta solicitud.",
    "Recibir información de ustedes sobre esta solicitud, incluida su decisión.",
    "Enviarles documentos para esta solicitud.",
  ],
  onlyThisRequest: "Esta autorización es solo para esta solicitud de segunda opinión.",
  until: (date: string) => `Es válida hasta el ${date}, a menos que yo la retire por escrito antes de esa fecha.`,
  untilWithdrawn: "Es válida hasta que yo la retire por escrito.",
  planForm: "Les pido que agreguen esta carta a mi expediente. Si tienen su propio formulario para esto, envíenmelo.",
  closing: "Atentamente,",
  signatureLabel: "Firma del miembro",
  dateLineLabel: "Fecha",
  footer: "Autorización para que una persona me ayude",
  enclosure: (helperName: string) => `Autorización para ${helperName}`,
};

export const authorizationNotes: Translated<typeof englishNotes> = {
  planForm: {
    text: "Su plan puede tener su propio formulario para esto. Pregunte en Servicios para Miembros. Si tiene uno, llénelo y envíelo también.",
    sourceId: "practice",
  },
  dmhcForm: {
    text: "Si lleva su caso al DMHC, use el propio Formulario de Asistente Autorizado del DMHC. Envíelo con el Formulario de Revisión Médica Independiente/Queja. Usted y la persona que le ayuda lo firman. Está disponible en inglés y en español.",
    sourceId: "dmhc-imr-complaint-form",
  },
};

export const authorizationPageText: Translated<typeof englishPageText> = {
  intro: "Esta es la misma carta que el PDF. Imprímala, fírmela y envíela a su plan con su solicitud.",
  print: "Imprimir esta carta",
  notesHeading: "Antes de enviarla",
  notLegalAdvice: "Esta carta es información general, no asesoría legal.",
  noHelper: "No tenemos el nombre de ninguna persona que le ayude con esta solicitud, así que no hay nada que autorizar.",
  noHelperAction: "Agregue a la persona que le ayuda en la página Acerca de usted",
  loading: "Cargando su carta…",
};
