import type { ClockId, clocks as englishClocks, getClock as englishGetClock } from "@/content/legal/clocks";
import type { Translated } from "@/lib/i18n/translated";

// The Spanish twin of content/legal/clocks.ts (facts sheet, section 3): the
// same clocks in the same order, with the same lengths, units and sources.
// lib/rules/deadlines.ts takes the lengths from the English module; this one
// only gives the words.

const CAVEAT_GRANDFATHERED =
  "Esta regla federal no cubre las pólizas “con derechos adquiridos” (pólizas antiguas que mantuvieron sus reglas anteriores). Pregunte a su aseguradora cuál es su plazo.";
const CAVEAT_APPOINTMENT =
  "Estas son las reglas generales sobre cuánto tiempo espera usted una cita. Aplicarlas a una consulta de segunda opinión es nuestra interpretación, por eso decimos “generalmente”.";

export const clocks: Translated<typeof englishClocks> = [
  {
    id: "routine-decision",
    name: "Decisión sobre una solicitud de rutina",
    text: "El plan decide en un plazo de 5 días hábiles después de tener la información que razonablemente necesita.",
    amount: 5,
    unit: "business-days",
    startsFrom: "la fecha en que el plan recibió su solicitud (o la información que pidió)",
    dmhcSourceId: "hsc-1367.01",
    cdiSourceId: "ins-10123.135",
    caveat:
      "Este es el plazo del plan para aprobar atención, tanto en los planes del DMHC como en las pólizas del CDI. La ley de la segunda opinión dice que los planes deben actuar con rapidez. No está claro si una solicitud suya (no de su médico) sigue este plazo. Por eso estas fechas son “generalmente” y “alrededor del”.",
  },
  {
    id: "urgent-decision",
    name: "Decisión sobre una solicitud urgente",
    text: "Si esperar el tiempo normal podría dañar gravemente su salud, el plan decide en un plazo de 72 horas. La ley dice que la segunda opinión misma debería darse en un plazo de 72 horas siempre que sea posible.",
    amount: 72,
    unit: "hours",
    startsFrom: "la hora en que el plan recibió su solicitud",
    dmhcSourceId: "hsc-1383.15",
    cdiSourceId: "ins-10123.68",
  },
  {
    id: "decision-to-provider",
    name: "Decisión enviada a su médico",
    text: "El plan le comunica su decisión a su médico en un plazo de 24 horas después de tomarla.",
    amount: 24,
    unit: "hours",
    startsFrom: "la decisión",
    dmhcSourceId: "hsc-1367.01",
    cdiSourceId: "ins-10123.135",
  },
  {
    id: "denial-notice",
    name: "Aviso por escrito de una denegación",
    text: "Si el plan niega, retrasa o cambia su solicitud, le envía un aviso por escrito en un plazo de 2 días hábiles después de decidir. El aviso da sus razones y le indica cómo presentar una queja formal.",
    amount: 2,
    unit: "business-days",
    startsFrom: "la decisión",
    dmhcSourceId: "hsc-1367.01",
    cdiSourceId: "ins-10123.135",
  },
  {
    id: "delay-notice",
    name: "Si el plan necesita más tiempo",
    text: "El plan puede necesitar más tiempo porque le falta información que pidió, necesita que un experto revise el caso, o pidió un examen o una prueba. Entonces debe informarles a usted y a su médico por escrito, con la fecha en que espera decidir. Una fecha nueva dicha solo por teléfono no cambia el plazo.",
    startsFrom: "—",
    dmhcSourceId: "hsc-1367.01-h5",
    cdiSourceId: "ins-10123.135-h5",
  },
  {
    id: "grievance",
    name: "Respuesta a una queja formal (reclamo ante su plan)",
    text: "Un plan del DMHC resuelve una queja formal en un plazo de 30 días calendario.",
    amount: 30,
    unit: "calendar-days",
    startsFrom: "la fecha en que el plan recibió su queja formal",
    dmhcSourceId: "hsc-1368.01",
  },
  {
    id: "urgent-grievance",
    name: "Respuesta a una queja formal urgente",
    text: "En una queja formal urgente, un plan del DMHC envía una respuesta por escrito o el estado de su caso en un plazo de 3 días calendario. Una queja formal es urgente si su salud está en grave peligro o si usted tiene un dolor intenso.",
    amount: 3,
    unit: "calendar-days",
    startsFrom: "la fecha en que el plan recibió su queja formal",
    dmhcSourceId: "hsc-1368.01-urgent",
  },
  {
    id: "internal-appeal",
    name: "Respuesta a una apelación ante su aseguradora",
    text: "Una aseguradora decide en un plazo de 30 días una apelación sobre atención que usted todavía no ha recibido.",
    amount: 30,
    unit: "calendar-days",
    startsFrom: "la fecha en que la aseguradora recibió su apelación",
    cdiSourceId: "cfr-45-147.136",
    caveat: CAVEAT_GRANDFATHERED,
  },
  {
    id: "urgent-internal-appeal",
    name: "Respuesta a una apelación urgente ante su aseguradora",
    text: "Si esperar podría dañar gravemente su salud, la aseguradora decide su apelación en un plazo de 72 horas.",
    amount: 72,
    unit: "hours",
    startsFrom: "la hora en que la aseguradora recibió su apelación",
    cdiSourceId: "cfr-45-147.136",
    caveat: CAVEAT_GRANDFATHERED,
  },
  {
    id: "regulator-complaint",
    name: "Cuándo puede acudir al DMHC",
    text: "Puede acudir al DMHC en cuanto el plan responda a su queja formal, o después de 30 días en el proceso de queja formal sin respuesta. Si su caso es urgente, puede acudir de inmediato.",
    amount: 30,
    unit: "calendar-days",
    startsFrom: "la fecha en que presentó su queja formal",
    dmhcSourceId: "hsc-1368.03",
  },
  {
    id: "imr-apply",
    name: "Solicite una Revisión Médica Independiente (IMR)",
    text: "Puede presentar la solicitud en un plazo de 6 meses desde la decisión por escrito del plan sobre su queja formal. La oficina estatal decide si su caso recibe una Revisión Médica Independiente o se trata como una queja. Puede aceptarse una solicitud tardía si hay una buena razón.",
    amount: 6,
    unit: "months",
    startsFrom: "la fecha de la decisión por escrito del plan sobre su queja formal",
    dmhcSourceId: "hsc-1374.30",
    cdiSourceId: "ins-10169",
  },
  {
    id: "imr-decision",
    name: "Decisión de la Revisión Médica Independiente",
    text: "La revisión se decide en un plazo de 30 días, o de 3 días si es urgente (el DMHC dice de 3 a 7 días).",
    amount: 30,
    unit: "calendar-days",
    startsFrom: "su solicitud",
    dmhcSourceId: "hsc-1374.33",
    cdiSourceId: "ins-10169.3",
  },
  {
    id: "after-imr",
    name: "Después de ganar una Revisión Médica Independiente",
    text: "El plan debe aprobar la atención en un plazo de 5 días hábiles desde la decisión de la revisión.",
    amount: 5,
    unit: "business-days",
    startsFrom: "la decisión de la revisión",
    dmhcSourceId: "dmhc-website",
  },
  {
    id: "appointment-specialist",
    name: "Cita una vez aprobada (no urgente)",
    text: "Generalmente, una cita con un especialista en un plazo de 15 días hábiles desde la solicitud (10 días hábiles para un médico de atención primaria).",
    amount: 15,
    unit: "business-days",
    startsFrom: "su solicitud, incluido el tiempo para aprobarla",
    dmhcSourceId: "hsc-1367.03",
    cdiSourceId: "ins-10133.54",
    caveat: CAVEAT_APPOINTMENT,
  },
  {
    id: "appointment-urgent",
    name: "Cita una vez aprobada (urgente)",
    text: "Generalmente, una cita urgente en un plazo de 96 horas cuando el plan debe aprobarla primero (48 horas cuando no se necesita aprobación).",
    amount: 96,
    unit: "hours",
    startsFrom: "su solicitud, incluido el tiempo para aprobarla",
    dmhcSourceId: "hsc-1367.03",
    cdiSourceId: "ins-10133.54",
    caveat: CAVEAT_APPOINTMENT,
  },
];

export const getClock: Translated<typeof englishGetClock> = (id: ClockId) => {
  const clock = clocks.find((candidate) => candidate.id === id);
  if (!clock || clock.amount === undefined) throw new Error(`El plazo ${id} no tiene duración`);
  return { ...clock, amount: clock.amount };
};
