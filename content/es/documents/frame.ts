import type { documentFrameText as english } from "@/content/documents/frame";
import type { Translated } from "@/lib/i18n/translated";

// Las palabras alrededor de los documentos en español: números de página,
// el encabezado de cada página, las propiedades y los nombres de los PDF.

export const documentFrameText: Translated<typeof english> = {
  pageOf: (page: number, total: number) => `Página ${page} de ${total}`,
  memberLabel: "Miembro",
  memberIdLabel: "N.º de miembro",
  urgentPrefix: "URGENTE",
  or: "o",
  myHealthPlan: "mi plan de salud",
  // Sin acentos ni eñes: los nombres de archivo usan solo letras ASCII.
  fileNames: {
    prefix: "segunda-opinion",
    request: "solicitud",
    checklist: "lista",
    grievance: "queja-formal",
    timeline: "mi-caso",
    regulatorForm: "formulario-regulador",
    authorization: "autorizacion",
  },
  subjects: {
    checklist: "Expedientes médicos que debe reunir y enviar con una solicitud de segunda opinión médica",
    regulatorForm: "Las respuestas del miembro para copiar en el formulario de la agencia reguladora del estado",
  },
  doneColumn: "Hecho",
  blankToFill: "(en blanco, para llenar a mano)",
};
