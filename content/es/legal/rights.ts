import type { denialNoticeContents as englishDenialNoticeContents, rightPoints as englishRightPoints } from "@/content/legal/rights";
import type { Translated } from "@/lib/i18n/translated";

// The Spanish twin of content/legal/rights.ts: the right itself (facts sheet,
// section 2), with the same sources in the same order.

export const rightPoints: Translated<typeof englishRightPoints> = [
  {
    text: "Puede pedir una segunda opinión usted directamente, o su médico tratante del plan puede pedirla por usted.",
    sourceId: "hsc-1383.15",
    parallelSourceId: "ins-10123.68",
  },
  {
    text: "El plan debe dar o aprobar una segunda opinión de un profesional de la salud calificado. Es un médico de atención primaria o un especialista con formación y experiencia en su enfermedad o afección.",
    sourceId: "hsc-1383.15",
    parallelSourceId: "ins-10123.68",
  },
  { text: "Usted elige al médico. Que el plan le dé una lista es una práctica común, no un derecho legal.", sourceId: "practice" },
  {
    text: "Su plan cubre la segunda opinión. Usted paga su copago de siempre, el mismo que para una remisión parecida.",
    sourceId: "ins-10123.68",
    parallelSourceId: "hsc-1383.15",
  },
  {
    text: "El médico de la segunda opinión le envía un informe a usted y a su primer médico, con las pruebas o los procedimientos que recomiende. El plan puede aprobar más opiniones.",
    sourceId: "ins-10123.68",
    parallelSourceId: "hsc-1383.15",
  },
  {
    text: "Una denegación debe ser por escrito, dar las razones y explicar cómo impugnarla por medio del proceso de quejas formales del plan.",
    sourceId: "ins-10123.68",
    parallelSourceId: "hsc-1383.15",
  },
  {
    text: "Los planes deben presentar al estado sus plazos para las segundas opiniones y dárselos a usted si los pide.",
    sourceId: "hsc-1383.15",
    parallelSourceId: "ins-10123.68",
  },
  {
    text: "Su Evidencia de Cobertura debe explicar cómo obtener una segunda opinión. La ley no obliga al plan a cubrir atención que su contrato excluye.",
    sourceId: "hsc-1383.1",
  },
  {
    text: "Una segunda opinión aprobada cubre la consulta (historia clínica, examen y la opinión del médico). Las pruebas o el tratamiento que sugiera el segundo médico necesitan su propia aprobación.",
    sourceId: "practice",
  },
  {
    text: "La ley no exige un formulario escrito: puede empezar por teléfono o con la remisión de su médico. Confirme todo por escrito.",
    sourceId: "practice",
  },
];

/** What the plan's written denial must tell the member (facts sheet, section 2), in Spanish. */
export const denialNoticeContents: Translated<typeof englishDenialNoticeContents> = [
  {
    text: "El aviso de denegación debe explicar claramente por qué el plan dijo que no.",
    sourceId: "hsc-1367.01-h4",
    parallelSourceId: "ins-10123.135-h4",
  },
  {
    text: "Debe nombrar las reglas o las pautas que el plan usó para decidir.",
    sourceId: "hsc-1367.01-h4",
    parallelSourceId: "ins-10123.135-h4",
  },
  {
    text: "Si el plan dice que la atención no es médicamente necesaria, debe dar las razones médicas.",
    sourceId: "hsc-1367.01-h4",
    parallelSourceId: "ins-10123.135-h4",
  },
  {
    text: "Debe indicarle cómo presentar una queja formal.",
    sourceId: "hsc-1367.01-h4",
    parallelSourceId: "ins-10123.135-h4",
  },
  {
    text: "El nombre y el número de teléfono del profesional de la salud que la negó se envían a su médico, no a usted. Su médico puede dárselos.",
    sourceId: "hsc-1367.01-h4",
    parallelSourceId: "ins-10123.135-h4",
  },
];
