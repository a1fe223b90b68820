import type { timelineText as english } from "@/content/timeline";
import type { Translated } from "@/lib/i18n/translated";

// Las palabras de "Mi caso hasta ahora": cada fecha de la solicitud, en orden.
// Las fechas llegan ya escritas en español (lib/dates/format-es); este
// archivo solo dice cómo se nombran. Habla el miembro, en primera persona.

export const timelineText: Translated<typeof english> = {
  title: "Mi caso hasta ahora",
  intro: "Cada fecha de su solicitud, en orden. Téngalo junto al teléfono cuando llame a su plan o al estado.",
  heading: (name: string | undefined) => (name ? `Solicitud de segunda opinión: ${name}` : "Solicitud de segunda opinión"),
  memberId: "Número de identificación de miembro",
  plan: "Plan",
  columns: { date: "Fecha", what: "Qué pasó" },
  noDate: "Fecha desconocida",
  onOrAbout: "alrededor del",
  events: {
    doctor: (doctor: string | undefined) =>
      doctor ? `Hablé con ${doctor} sobre una segunda opinión` : "Hablé con mi médico sobre una segunda opinión",
    call: "Llamé a Servicios para Miembros",
    sent: (method: string | undefined) => (method ? `Envié mi solicitud ${method}` : "Envié mi solicitud"),
    received: "El plan recibió mi solicitud",
    likelyDecision: "El plan debería decidir a más tardar en esta fecha",
    latestDecision: "La última fecha en que el plan puede decidir, si cuenta todos los días festivos del estado",
    planGiven: "La fecha para la que el plan me dijo que decidiría",
    planGivenInWriting: "El plan me dio esta fecha por escrito.",
    approved: "El plan aprobó mi solicitud",
    appointment: "Mi cita para la segunda opinión",
    denied: "El plan negó mi solicitud por escrito",
    moreInfo: "El plan recibió la información que pidió",
    grievanceFiled: "Presenté una queja formal",
    grievanceAnswerDue: "El plan debería responder a mi queja formal a más tardar en esta fecha",
    mayGoToRegulator: "Desde esta fecha puedo acudir al estado",
    grievanceDecision: "El plan respondió a mi queja formal",
    imrApplyBy: "Último día para pedirle al estado una Revisión Médica Independiente",
  },
  details: {
    condition: (condition: string) => `Sobre: ${condition}.`,
    spokeTo: (name: string) => `Hablé con ${name}.`,
    reference: (number: string) => `Número de referencia: ${number}.`,
    said: (what: string) => `Lo que me dijeron: ${what}`,
    reason: (reason: string) => `La razón que dieron: ${reason}`,
    asked: (what: string) => `Habían pedido: ${what}`,
    howWorkedOut: (explanation: string) => `Calculado así: ${explanation}.`,
    source: (citation: string) => `Fuente: ${citation}.`,
  },
  sentMethods: {
    mail: "por correo",
    fax: "por fax",
    portal: "por el sitio web o la aplicación del plan",
    email: "por correo electrónico",
    "in-person": "en persona",
  },
  note: "Las fechas que el plan debe cumplir son aproximadas (“alrededor del”): los planes pueden contar los días de forma un poco diferente.",
};
