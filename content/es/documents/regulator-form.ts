import type { regulatorFormText as english } from "@/content/documents/regulator-form";
import type { Translated } from "@/lib/i18n/translated";

// "Respuestas para el formulario de la agencia reguladora", en español: las
// respuestas del miembro para copiarlas en el formulario del DMHC o del CDI.
// Nunca el formulario oficial. Las fuentes (ids de contactos y del plazo) son
// datos: se reexportan tal cual del módulo en inglés.

export { regulatorFormSources } from "@/content/documents/regulator-form";

type Description = Translated<typeof english.dmhc.description>;

const sharedDescription = {
  asked: ({ sent, plan, doctor, condition }) =>
    [
      sent ? `El ${sent} le pedí a ${plan} que cubriera una segunda opinión médica` : `Le pedí a ${plan} que cubriera una segunda opinión médica`,
      doctor ? ` con ${doctor}` : "",
      condition ? ` sobre mi condición médica: ${condition}.` : ".",
    ].join(""),
  deniedBecause: (date, reason) => `${date ? `El plan negó mi solicitud el ${date}` : "El plan negó mi solicitud"}. Dijo: “${reason}”`,
  deniedNoReason: (date) => `${date ? `El plan negó mi solicitud el ${date}` : "El plan negó mi solicitud"}. No dio ninguna razón.`,
  noDecision: (due) => (due ? `El plan no ha decidido. Debió decidir a más tardar el ${due}.` : "El plan no ha decidido."),
  moreInfo: (what) => (what ? `El plan me pidió más información: ${what}` : "El plan me pidió más información."),
  moreInfoReceived: (date) => `El plan recibió esa información el ${date}.`,
  stillNoDecision: "El plan todavía no ha decidido.",
  urgent: "Mi caso es urgente. Esperar podría dañar mi salud.",
  wants: (doctor) =>
    doctor ? `Quiero que el plan cubra mi segunda opinión con ${doctor}.` : "Quiero que el plan cubra mi segunda opinión.",
} satisfies Partial<Description>;

export const regulatorFormText: Translated<typeof english> = {
  title: "Respuestas para el formulario de la agencia reguladora",
  copyNote:
    "Este no es el formulario oficial. Son sus respuestas, ordenadas para que las copie en el formulario en línea o en el formulario en papel. Usted firma y envía el formulario por su cuenta.",
  blankNote: "El formulario también pide algunos datos que esta aplicación no pide. Aquí quedan en blanco para que usted los llene.",
  blank: "(por llenar)",
  sections: {
    patient: "Quién es el paciente",
    contact: "Datos de contacto",
    plan: "Su plan de salud",
    doctor: "Su médico",
    diagnosis: "El diagnóstico",
    asked: "Lo que usted pidió",
    description: "Descripción del problema",
    attach: "Qué adjuntar",
    send: "Adónde enviarlo",
    deadline: "La fecha límite",
  },
  labels: {
    name: "Nombre del paciente",
    dateOfBirth: "Fecha de nacimiento",
    sex: "Sexo",
    guardian: "Padre, madre o tutor, si el paciente es menor de 18 años",
    language: "Idioma principal",
    address: "Dirección",
    phone: "Teléfono",
    email: "Correo electrónico",
    planName: "Plan de salud",
    memberId: "Número de identificación de miembro",
    groupNumber: "Número de grupo",
    medicalGroup: "Grupo médico",
    employer: "Empleador",
    doctorName: "Nombre del médico",
    doctorSpecialty: "Especialidad",
    condition: "Diagnóstico",
    treatment: "Tratamiento que recomendó el médico",
    service: "Servicio que pidió",
    secondDoctor: "Médico que quiere para la segunda opinión",
    helper: "Persona que le ayuda",
  },
  service: "Una segunda opinión médica",
  descriptionIntro:
    "Un borrador para copiar en la descripción del problema del formulario. Cámbielo para que cuente lo que pasó con sus propias palabras.",
  dmhc: {
    intro:
      "Su plan está regulado por el Departamento de Atención Médica Administrada (DMHC). El DMHC usa un solo formulario, el Formulario de Revisión Médica Independiente/Queja, para los dos tipos de caso. El DMHC decide qué tipo de caso es el suyo.",
    description: {
      ...sharedDescription,
      grievanceFiled: (date) => `Presenté una queja formal ante el plan el ${date}.`,
      grievanceAnswered: (date) => `El plan respondió a mi queja formal el ${date}. No cambió su decisión.`,
      grievanceNotAnswered: "El plan no ha respondido a mi queja formal.",
    } satisfies Description,
    attach: [
      "Una copia de la carta de denegación del plan, si la recibió",
      "Una copia de la respuesta del plan a su queja formal, si la recibió",
      "Una copia de su carta de solicitud",
      "Su registro de llamadas: la fecha, el nombre y el número de referencia de cada llamada",
      "Expedientes médicos de médicos fuera de su plan, si los hay (el plan envía sus propios expedientes)",
      "Si alguien le ayuda: el Formulario de Asistente Autorizado del DMHC, firmado por los dos",
    ],
    copies: "Envíe copias, no originales. El DMHC no devuelve los papeles.",
    sendOnline: "Primero en línea: el DMHC pide que use el formulario en línea, en inglés o en español, en",
    sendPaper:
      "O imprima el formulario en papel, fírmelo y envíelo por correo o por fax. Revise las instrucciones del formulario para saber adónde enviarlo:",
  },
  cdi: {
    intro:
      "Su póliza está regulada por el Departamento de Seguros de California (CDI). Su aseguradora debe enviarle un formulario de Revisión Médica Independiente (IMR) con su denegación. Para otros problemas, el CDI tiene un formulario de Solicitud de Asistencia. Use esta página para llenar cualquiera de los dos.",
    description: {
      ...sharedDescription,
      grievanceFiled: (date) => `Presenté una apelación ante la aseguradora el ${date}.`,
      grievanceAnswered: (date) => `La aseguradora respondió a mi apelación el ${date}. No cambió su decisión.`,
      grievanceNotAnswered: "La aseguradora no ha respondido a mi apelación.",
    } satisfies Description,
    attach: [
      "Una copia de la carta de denegación de la aseguradora, si la recibió",
      "Una copia de la respuesta de la aseguradora a su apelación, si la recibió",
      "Una copia de su carta de solicitud",
      "Su registro de llamadas: la fecha, el nombre y el número de referencia de cada llamada",
      "La página de declaraciones de su póliza",
    ],
    copies: "Envíe copias, no originales.",
    sendIntro:
      "Llene el formulario en línea, en inglés o en español, en el sitio web del CDI. O llame a la línea directa para consumidores del CDI para pedir ayuda:",
  },
  deadline: (date: string) => `El último día para enviarlo: ${date}.`,
  deadlineUnknown:
    "Tiene 6 meses a partir de la decisión por escrito del plan sobre su queja formal. Agregue las fechas en el Paso 4 para ver la fecha.",
  unknown: {
    intro: "Primero averigüe qué oficina estatal regula su plan. El formulario y la dirección dependen de eso.",
    howToTellHeading: "Cómo saberlo",
  },
  notOffered: {
    intro:
      "Esta página no se aplica a su cobertura. La ley estatal sobre segundas opiniones no cubre su plan, así que los formularios estatales no le sirven.",
    whereToGoHeading: "Adónde acudir en su lugar",
  },
  footer: "Información general, no asesoría legal. Revise el formulario actual antes de copiar sus respuestas.",
  printView: {
    intro: "Esto es lo mismo que el PDF. Imprímalo, o téngalo abierto mientras llena el formulario.",
    print: "Imprimir estas respuestas",
    back: "Volver a los próximos pasos",
    notYet:
      "Estas respuestas son para una solicitud que su plan negó o no respondió a tiempo. Todavía no ha anotado ninguna de las dos cosas en el Paso 4.",
    recordOutcome: "Anote lo que pasó en el Paso 4",
  },
};
