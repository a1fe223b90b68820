import type { deadlineText as english } from "@/content/deadline-text";
import type { Translated } from "@/lib/i18n/translated";

/**
 * The words around each deadline, in Spanish (content/deadline-text.ts).
 * `when` is the date as worded here: "alrededor del lunes, 21 de diciembre de
 * 2026" or "a más tardar alrededor del lunes, 21 de diciembre de 2026,
 * 10:00 a. m. (hora de California)".
 */
export const deadlineText: Translated<typeof english> = {
  unitWords: {
    "business-days": ["día hábil", "días hábiles"],
    "calendar-days": ["día calendario", "días calendario"],
    hours: ["hora", "horas"],
    months: ["mes", "meses"],
  },
  when: {
    atHour: (dateTime: string) => `a más tardar alrededor del ${dateTime}`,
    onDay: (date: string) => `alrededor del ${date}`,
  },
  explanation: {
    countedFrom: (from: string) => `Contado a partir de ${from}`,
    lengthFrom: (length: string, from: string) => `${length} a partir de ${from}`,
  },
  /** The later date for a plan that counts every state holiday (Código de Gobierno de California §6700 and the day after Thanksgiving). */
  latest: (date: string) => `A más tardar, si su plan cuenta todos los días feriados estatales: ${date}.`,
  beyondHolidayList: (years: string) =>
    `Nuestra lista de días feriados estatales todavía no tiene todos los feriados de ${years}, así que la fecha más tardía puede ser uno o dos días después.`,
  countedFrom: {
    moreInfoReceived: "la fecha en que el plan recibió la información que pidió",
    received: "la fecha en que el plan recibió su solicitud",
    sent: "la fecha en que envió su solicitud (en realidad el plazo empieza cuando el plan la recibe, así que puede ser un poco más tarde)",
    decisionDue: "la fecha en que el plan debería decidir",
    grievanceFiledClockStart: "la fecha en que presentó su queja formal (el plazo empieza cuando el plan la recibe)",
    grievanceFiled: "la fecha en que presentó su queja formal",
    grievanceDecision: "la fecha de la respuesta por escrito del plan a su queja formal",
    today: "hoy",
    firstDenial: "la fecha de la primera denegación por escrito del plan",
  },
  decision: {
    federal: {
      summary: (when: string) => `Según las reglas federales, por lo general el plan debería decidir ${when}.`,
      caveat:
        "Esta es la regla federal para una solicitud de atención antes de recibirla (una “reclamación previa al servicio”). Pida a su plan sus plazos.",
    },
    federalUrgent: {
      summary: (when: string) => `Como su solicitud es urgente, según las reglas federales el plan debería decidir ${when}.`,
      caveat: "72 horas seguidas, incluidos los fines de semana y los días feriados. Esta es la regla federal para las reclamaciones de atención urgente.",
    },
    mayBeFederal:
      "Si el plan de su trabajo es autofinanciado, las reglas federales fijan el plazo: por lo general 15 días, o 72 horas si es urgente. Pregunte en su oficina de beneficios qué tipo de plan tiene.",
    urgent: {
      summary: (when: string) => `Como su solicitud es urgente, el plan debería decidir ${when}.`,
      caveatWithHour: "72 horas seguidas, incluidos los fines de semana y los días feriados.",
      caveatWithoutHour:
        "72 horas seguidas, incluidos los fines de semana y los días feriados. Escriba la hora en que el plan recibió su solicitud para ver la hora límite.",
    },
    routine: {
      summary: (when: string) => `El plan debería decidir ${when}.`,
      caveat:
        "Por lo general, este es el plazo: no está resuelto si se aplica a una solicitud que usted hace por su cuenta (no por medio de su médico), y los planes pueden contar los días hábiles con su propio calendario. Si el plan le da una fecha, anótela.",
    },
  },
  denialNotice: {
    summary: (when: string) => `Si el plan dice que no, debería enviarle un aviso por escrito con sus razones ${when}.`,
    caveat: "Si el plan decide antes, el aviso se debe enviar 2 días hábiles después de la decisión.",
  },
  grievanceAnswer: {
    urgent: (when: string) => `El plan debería enviarle una respuesta por escrito o una actualización sobre su queja formal urgente ${when}.`,
    routine: (when: string) => `El plan debería resolver su queja formal ${when}.`,
  },
  appealAnswer: {
    urgent: (when: string) => `Su aseguradora debería decidir su apelación urgente ${when}.`,
    routine: (when: string) => `Por lo general, su aseguradora debería decidir su apelación ${when}.`,
  },
  regulator: {
    unknownRegulatorCaveat:
      "Esta es la regla para los planes del DMHC. Si tiene una póliza del CDI, puede llamar en cualquier momento a la línea directa para consumidores del CDI.",
    urgent: "Como su caso es urgente, puede acudir al DMHC de inmediato. No tiene que esperar 30 días.",
    afterDecision: "El plan ya respondió a su queja formal, así que puede acudir al DMHC ahora si todavía no está de acuerdo.",
    afterWaiting: (when: string) =>
      `Si el plan no ha resuelto el problema, puede acudir al DMHC ${when.replace(/^alrededor del/, "a partir de alrededor del")}.`,
    soonerIfAnswered: "Si el plan responde a su queja formal antes de esa fecha, puede acudir en cuanto llegue la respuesta.",
  },
  imr: {
    summary: (when: string) =>
      `Envíe su Formulario de Revisión Médica Independiente/Queja ${when.replace(/^alrededor del/, "a más tardar alrededor del")}.`,
    fromFirstDenial:
      "Contamos a partir de la primera denegación por escrito del plan. En realidad, los 6 meses cuentan a partir de la respuesta por escrito del plan a su queja formal, que llega después, así que esta fecha es anticipada y segura. Cuando reciba esa respuesta, escriba su fecha y volveremos a calcular la fecha.",
    caveat: "Puede que se acepte presentarlo tarde si hay una buena razón, pero no espere.",
  },
  appointment: {
    urgent: (when: string) => `Una vez aprobada, por lo general debería obtener la cita ${when}.`,
    specialist: (when: string) => `Una vez aprobada, por lo general debería obtener una cita con un especialista ${when}.`,
  },
};
