import type { letterText as english } from "@/content/documents/letter";
import type { Translated } from "@/lib/i18n/translated";

// La carta de solicitud, en español: la escribe el miembro en primera persona
// y se dirige al plan ("ustedes"). Los datos legales (la ley, si es urgente)
// vienen de lib/rules, igual que en inglés.

export const letterText: Translated<typeof english> = {
  title: "Solicitud de una segunda opinión médica",
  attention: "Atención: Servicios para Miembros / Administración de Utilización",
  urgentHeading: "URGENTE: solicito una revisión acelerada",
  subject: "Asunto: Solicitud de una segunda opinión médica",
  salutation: "Estimado equipo de Servicios para Miembros:",
  request: {
    withStatute: (citation: string) =>
      `Les escribo para solicitar una segunda opinión médica de un profesional de la salud debidamente calificado, conforme al ${citation}.`,
    withoutStatute: "Les escribo para solicitar una segunda opinión médica de un profesional de la salud debidamente calificado.",
  },
  urgent:
    "Esta solicitud es urgente. Enfrento una amenaza grave e inminente para mi salud, que incluye la posible pérdida de la vida, de una extremidad o de una función importante del cuerpo; o esperar el plazo normal podría dañar gravemente mi vida, mi salud o mi capacidad de recuperar al máximo mis funciones. Les pido que revisen esta solicitud de forma acelerada y me den su decisión en un plazo de 72 horas después de recibirla.",
  careHeading: "Mi condición médica y mi médico tratante",
  careLabels: {
    condition: "Diagnóstico o condición médica",
    treatment: "Tratamiento recomendado",
    doctor: "Médico tratante",
    medicalGroup: "Grupo médico o IPA",
  },
  reasonsIntro: "Pido una segunda opinión por las siguientes razones:",
  otherReasonLabel: "Otra razón",
  doctorHeading: "El médico que me gustaría ver",
  requestedDoctor: (doctor: string) => `Me gustaría que la segunda opinión me la diera ${doctor}.`,
  noDoctorChosen:
    "Todavía no he elegido un médico para la segunda opinión. Les pido que me digan cómo elegir un profesional de la salud debidamente calificado para darla.",
  outOfNetwork: {
    requestForNamedDoctor:
      "Este médico no está dentro de su red. Les pido que autoricen esta segunda opinión fuera de la red, porque ningún proveedor participante está debidamente calificado para darla.",
    request:
      "Les pido que autoricen una segunda opinión de un médico fuera de su red, porque ningún proveedor participante está debidamente calificado para darla.",
    reasonLabel: "Por qué ningún médico dentro de su red puede dar esta opinión",
    travel: "Les pido que tomen en cuenta mi capacidad para viajar.",
    costWithStatute:
      "Entiendo que solo debo pagar el copago u otro costo compartido que mi plan cobra por una remisión similar.",
  },
  askHeading: "Lo que les pido",
  asks: {
    writtenDecision: "Envíenme su decisión por escrito lo antes posible.",
    writtenDecisionUrgent: "Envíenme su decisión por escrito en un plazo de 72 horas después de recibir esta solicitud.",
    denialReasons:
      "Si niegan esta solicitud en todo o en parte, explíquenme las razones por escrito y díganme cómo impugnar la decisión por medio de su proceso de quejas formales.",
    timelines: "Envíenme una copia de sus plazos para responder a las solicitudes de segunda opinión.",
    moreInformation:
      "Si necesitan más información para decidir, díganme por escrito qué necesitan y cuándo esperan decidir.",
  },
  contact: (ways: string) => `Mis datos de contacto: ${ways}.`,
  thanks: "Gracias por atender esta solicitud con prontitud.",
  closing: "Atentamente,",
  signatureLabel: "Firma",
  helper: (helper: string) => `Preparada con la ayuda de ${helper}.`,
  dateOfBirthLabel: "Fecha de nacimiento",
  memberIdLabel: "Número de identificación de miembro",
  groupLabel: "Grupo",
  enclosuresHeading: "Documentos adjuntos",
  ccLabel: "c.c.p.",
  ccDescription: "(médico tratante)",
  footer: "Solicitud de una segunda opinión médica",
};
