import type { grievanceText as english } from "@/content/documents/grievance";
import type { Translated } from "@/lib/i18n/translated";

// La carta de queja formal, en español: el miembro escribe en primera persona
// y se dirige al departamento del plan ("ustedes"). `statute` y `citation`
// llegan ya en español desde las reglas ("Código de Salud y Seguridad de
// California §1383.15"), `length` desde los plazos ("30 días calendario").

const madeUnder = (statute: string | undefined) => (statute ? `, que hice conforme al ${statute}` : "");

export const grievanceText: Translated<typeof english> = {
  title: "Queja formal sobre una solicitud de segunda opinión médica",
  mediCal: {
    title: "Queja y apelación sobre una solicitud de segunda opinión médica",
    subject: {
      denied: "Asunto: Queja y apelación: ustedes negaron mi solicitud de una segunda opinión médica",
      noAnswer: "Asunto: Queja y apelación: no hay decisión sobre mi solicitud de una segunda opinión médica",
    },
    opening: {
      denied: (statute: string | undefined) =>
        `Presento una queja y apelación porque ustedes negaron mi solicitud de una segunda opinión médica${madeUnder(statute)}.`,
      noAnswer: (statute: string | undefined) =>
        `Presento una queja y apelación porque ustedes no han decidido sobre mi solicitud de una segunda opinión médica${madeUnder(statute)}.`,
    },
    footer: "Queja y apelación sobre una solicitud de segunda opinión médica",
  },
  attention: "Atención: Departamento de Quejas y Apelaciones",
  urgentHeading: "URGENTE: solicito una revisión acelerada de esta queja formal",
  subject: {
    denied: "Asunto: Queja formal: ustedes negaron mi solicitud de una segunda opinión médica",
    noAnswer: "Asunto: Queja formal: no hay decisión sobre mi solicitud de una segunda opinión médica",
  },
  salutation: "Estimado Departamento de Quejas y Apelaciones:",
  opening: {
    denied: (statute: string | undefined) =>
      `Presento una queja formal porque ustedes negaron mi solicitud de una segunda opinión médica${madeUnder(statute)}.`,
    noAnswer: (statute: string | undefined) =>
      `Presento una queja formal porque ustedes no han decidido sobre mi solicitud de una segunda opinión médica${madeUnder(statute)}.`,
  },
  grievanceSection: (citation: string) => `Les pido que tramiten esta carta como una queja formal conforme al ${citation}.`,
  grievanceProcess: "Les pido que tramiten esta carta como una queja formal por medio de su proceso de quejas formales.",
  urgent: {
    dmhc: "Mi caso es urgente. Enfrento una amenaza grave e inminente para mi salud, que incluye la posible pérdida de la vida, de una extremidad o de una función importante del cuerpo; o esperar el plazo normal podría dañar gravemente mi vida, mi salud o mi capacidad de recuperar al máximo mis funciones; o tengo un dolor intenso. Les pido que revisen esta queja formal de forma acelerada.",
    other:
      "Mi caso es urgente. Enfrento una amenaza grave e inminente para mi salud, que incluye la posible pérdida de la vida, de una extremidad o de una función importante del cuerpo; o esperar el plazo normal podría dañar gravemente mi vida, mi salud o mi capacidad de recuperar al máximo mis funciones. Les pido que revisen esta queja formal de forma acelerada.",
  },
  requestHeading: "Mi solicitud de segunda opinión",
  requestLabels: {
    sent: "Enviada",
    reference: "Su número de referencia para la solicitud",
    received: "Fecha en que ustedes la recibieron",
    due: "Fecha en que debían decidir, según mis cálculos",
    planGiven: "Fecha en que ustedes me dijeron que decidirían",
    denial: "Su denegación por escrito",
    denialReason: "La razón que dieron",
    doctor: "El médico que pedí",
  },
  sentMethods: {
    mail: "por correo",
    fax: "por fax",
    portal: "por su sitio web o su aplicación",
    email: "por correo electrónico",
    "in-person": "en persona",
  },
  noDecision: "No he recibido una decisión.",
  callsHeading: "Mis llamadas a Servicios para Miembros",
  call: {
    spokeTo: (name: string) => `Hablé con ${name}.`,
    reference: (number: string) => `Número de referencia: ${number}.`,
    said: (what: string) => `Lo que me dijeron: ${what}`,
  },
  reasonsIntro: "Pedí una segunda opinión por estas razones:",
  askHeading: "Lo que les pido",
  asks: {
    reverse: "Revoquen su denegación y autoricen la segunda opinión que pedí.",
    decide: "Decidan sobre mi solicitud y autoricen la segunda opinión que pedí.",
    answerWithin: (length: string, citation: string) =>
      `Envíenme su decisión por escrito sobre esta queja formal en un plazo de ${length} después de recibirla (${citation}).`,
    urgentWithin: (length: string, citation: string) =>
      `Como mi caso es urgente, envíenme su decisión por escrito, o un informe por escrito sobre el estado de esta queja formal, en un plazo de ${length} después de recibirla (${citation}).`,
    urgentDecisionWithin: (length: string, citation: string) =>
      `Como mi caso es urgente, envíenme su decisión por escrito sobre esta queja formal en un plazo de ${length} después de recibirla (${citation}).`,
    answer: "Envíenme su decisión por escrito sobre esta queja formal, y díganme cuánto tiempo toma su proceso de quejas formales.",
    urgent: "Como mi caso es urgente, díganme por escrito qué tan pronto decidirán sobre esta queja formal.",
    received: "Confirmen por escrito la fecha en que recibieron esta queja formal.",
    reasons: "Si no autorizan la segunda opinión, explíquenme sus razones por escrito.",
  },
  regulator: {
    afterWaiting: (length: string, citation: string) =>
      `Entiendo que puedo pedir ayuda al Departamento de Atención Médica Administrada (DMHC) si esta queja formal no se resuelve en un plazo de ${length} (${citation}).`,
    urgent: (citation: string) =>
      `Entiendo que, como mi caso es urgente, puedo pedir ayuda al Departamento de Atención Médica Administrada (DMHC) de inmediato (${citation}).`,
  },
  thanks: "Gracias por atender esta queja formal con prontitud.",
  enclosures: {
    request: (sent: string | undefined) =>
      sent ? `Una copia de mi solicitud de segunda opinión, enviada el ${sent}` : "Una copia de mi solicitud de segunda opinión",
    denial: (dated: string | undefined) => (dated ? `Una copia de su denegación por escrito con fecha del ${dated}` : "Una copia de su denegación por escrito"),
  },
  footer: "Queja formal sobre una solicitud de segunda opinión médica",
};
