import type { ifDeniedText as englishIfDenied, nextStepsText as englishNextSteps, reminderText as englishReminders } from "@/content/next-steps";
import type { Translated } from "@/lib/i18n/translated";

// Las palabras de "qué hacer después" en el Paso 4, el aviso de retraso, los
// recordatorios del calendario y la página "Si le negaron su solicitud".
// Las fechas llegan ya escritas en español (lib/dates/format-es y las
// palabras de los plazos en español): estas funciones solo las colocan.

export const nextStepsText: Translated<typeof englishNextSteps> = {
  heading: "Qué hacer después",
  chooseOutcome: "Díganos en la página anterior qué ha pasado con su solicitud, y le mostraremos qué hacer después.",

  denialNotice: {
    heading: "Lo que la carta de denegación del plan le debe decir:",
  },

  notLateYet: {
    heading: "El plan todavía no está atrasado",
    likely: (likely: string) => `Según nuestra cuenta, es probable que el plan decida ${likely}.`,
    latest: (latest: string) => `Un plan que cuenta todos los días festivos del estado tiene hasta el ${latest}.`,
    planGiven: (date: string) => `El plan le dijo por escrito que decidiría a más tardar el ${date}.`,
    call: "Puede llamar ahora a Servicios para Miembros y preguntar cuándo decidirá el plan. Anote con quién habló y el número de referencia.",
    comeBack: "Si después de esa fecha todavía no tiene respuesta, vuelva a esta página. Le mostraremos cómo presentar una queja.",
  },

  pastLikely: (latest: string) =>
    `La fecha probable ya pasó. Un plan que cuenta todos los días festivos del estado tiene hasta el ${latest}, así que todavía no está atrasado. Puede llamar a Servicios para Miembros para preguntar cuándo decidirá.`,

  waiting: {
    heading: "Mientras espera",
    points: [
      "Apunte cada llamada y cada carta: la fecha, con quién habló y cualquier número de referencia.",
      "Si el plan le pide más información, envíela lo antes que pueda y guarde una copia.",
      "Si pasa la fecha límite sin respuesta, vuelva a esta página: le mostraremos qué hacer.",
    ],
  },

  moreInfo: {
    heading: "El plan pidió más información",
    send: "Envíe lo que el plan pidió lo antes que pueda. Guarde una copia y anote la fecha en que lo envió y cómo lo envió.",
    asked: "El plan pidió:",
    clockRestarts: "El plazo del plan vuelve a empezar cuando recibe la información.",
    addDate: "Cuando sepa la fecha en que el plan la recibió, agréguela a sus respuestas y calcularemos la nueva fecha.",
    addDateLink: "Agregue la fecha en que el plan la recibió",
  },

  approved: {
    heading: "Su segunda opinión fue aprobada",
    book: "Haga la cita con el médico de la segunda opinión. Diga que su plan la aprobó, y dé cualquier número de aprobación o de referencia.",
    records:
      "Antes de la visita, envíe al médico copias de sus expedientes médicos: las notas de su primer médico, los informes de sus pruebas y estudios de imágenes, y los medicamentos que toma ahora. Guarde los originales.",
    accessHeading: "Qué tan pronto debería tener la cita",
    yourAppointment: "Su cita:",
    appointmentLater:
      "Su cita es más tarde de lo que indica esta norma general. Puede pedirle al plan que le ayude a encontrar una cita más pronto.",
    afterHeading: "Después de la visita",
  },

  escalation: {
    deniedHeading: "Le negaron su solicitud: lo que puede hacer",
    noAnswerHeading: "El plan no le ha respondido: lo que puede hacer",
    deniedIntro: "Puede impugnar la decisión. Siga estos pasos en orden, y guarde copias de todo lo que envíe.",
    noAnswerIntro: "Si un plan no responde a tiempo, usted tiene motivo para presentar una queja. Siga estos pasos en orden, y guarde copias de todo lo que envíe.",
    reason: "La razón que dio el plan:",
    ifFiledToday: "Si presenta su queja formal hoy:",
    filedOn: "Usted presentó su queja formal:",
    addGrievanceDate: "Cuando presente su queja formal, escriba la fecha abajo y calcularemos la fecha en que el plan debe responder.",
    imrNeedsWrittenDecision:
      "Los 6 meses se cuentan desde la decisión por escrito del plan. Cuando la tenga, escriba su fecha abajo y calcularemos la fecha.",
    contactsHeading: "A quién contactar",
    howToTellHeading: "¿No sabe quién regula su plan?",
    howToTellIntro: "La oficina correcta depende de quién le da la licencia a su plan. Así puede saberlo:",
    mediCalHeading: "Medi-Cal: una Audiencia Estatal",
    mediCalIntro: "Como usted recibe Medi-Cal por medio de un plan de salud, también puede pedirle al estado una audiencia.",
    mediCalWarningHeading: "Antes de elegir una Audiencia Estatal",
    grievanceDecided: "El plan respondió a su queja formal:",
    recordNoAnswer: "Cuando presente su queja formal, díganos que el plan no ha respondido. Luego podrá agregar las fechas de la queja formal, y calcularemos lo que sigue.",
    recordNoAnswerLink: "Cambie lo que ha pasado con su solicitud",
    addGrievanceDecision: "Cuando el plan responda por escrito a su queja formal, escriba la fecha abajo. Desde ese día puede acudir al estado.",
    urgentGrievance: {
      /** El dolor intenso hace urgente una queja formal según la regla del DMHC (HSC §1368.01(b)); los datos no dan esa regla para el CDI. */
      dmhc: "Su queja formal puede ser urgente si su salud está en grave peligro, o si tiene un dolor intenso. Díganoslo abajo, y le mostraremos las fechas más cortas.",
      other: "Su queja formal puede ser urgente si su salud está en grave peligro. Díganoslo abajo, y le mostraremos las fechas más cortas.",
    },
    cdiAnyTime: "Generalmente puede llamar a la línea de ayuda al consumidor del CDI en cualquier momento, también mientras su queja formal está abierta.",
  },

  overdue: {
    heading: "La respuesta del plan está atrasada",
    lead: (due: string) => `El plan debería haber decidido ${due}. No tenemos ninguna respuesta anotada.`,
    latest: (latest: string) => `Incluso un plan que cuenta todos los días festivos del estado tenía hasta el ${latest}.`,
    planGiven: (date: string) => `El plan le dijo por escrito que decidiría a más tardar el ${date}, y esa fecha también ya pasó.`,
    planGivenNotInWriting: (date: string) =>
      `El plan le dijo que decidiría a más tardar el ${date}, pero no por escrito. Solo un aviso por escrito le da más tiempo al plan, así que su respuesta está atrasada.`,
    todayHeading: "Qué hacer hoy",
    today: [
      "Llame a Servicios para Miembros del plan, y anote con quién habló y el número de referencia.",
      "Si todavía no tiene respuesta, presente una queja formal ante el plan.",
    ],
    recordOutcome:
      "Díganos abajo qué ha pasado. Si el plan no ha respondido, elija “No hay respuesta y ya pasó la fecha límite” y continúe. La página siguiente le dice qué decir cuando llame, y cómo presentar una queja formal.",
  },

  callScript: {
    heading: "Qué decir cuando llame",
    intro: "Puede leer esto en voz alta, o usar sus propias palabras.",
    lines: (details: { name?: string; memberId?: string; received?: string; due: string; urgent: boolean }) => [
      `Hola. Me llamo ${details.name?.trim() || "[su nombre]"}, y mi número de identificación de miembro es ${details.memberId?.trim() || "[su número de identificación de miembro]"}.`,
      `Pedí una segunda opinión médica${details.urgent ? ", como solicitud urgente" : ""}.${details.received ? ` Ustedes recibieron mi solicitud el ${details.received}.` : ""}`,
      `Debían tomar una decisión ${details.due}, y no he recibido respuesta.`,
      "¿Ya se tomó una decisión? Si no, ¿cuándo se tomará y por qué está atrasada?",
      "Por favor, envíenme la decisión por escrito.",
      "Si necesitan más información de mi parte, por favor díganme cuál, y envíenme el pedido por escrito con la fecha en que esperan decidir.",
      "¿Me puede dar un número de referencia de esta llamada, y su nombre?",
    ],
    after: "Anote la fecha, el nombre de la persona con quien habló, el número de referencia y lo que le dijeron. Agréguelo a su registro de llamadas en el Paso 2.",
  },

  reminders: {
    heading: "Agregue recordatorios a su calendario",
    intro: "Descargue un archivo de calendario para cada fecha y luego ábralo para agregar la fecha al calendario de su teléfono o computadora. Los archivos se hacen en este dispositivo: no se envía nada a ningún lugar.",
    none: "Todavía no hay fechas para agregar. Las fechas aparecen aquí a medida que anota lo que pasa.",
    download: (label: string) => `Descargar un recordatorio para ${label}`,
    failed: "Lo sentimos, no se pudo hacer el archivo de calendario. Por favor, anote la fecha en otro lugar.",
  },

  offRamp: {
    heading: "A dónde acudir si algo sale mal",
  },
};

/** Los recordatorios del calendario: título, nombre del archivo y descripción de cada tipo. */
export const reminderText: Translated<typeof englishReminders> = {
  decisionDue: {
    label: "la fecha en que el plan debería decidir",
    title: "Segunda opinión: el plan debería decidir",
    fileName: "decision-del-plan",
    description: (when: string) =>
      `Su plan debería decidir sobre su solicitud de segunda opinión ${when}. Si no tiene respuesta, llame a Servicios para Miembros.`,
  },
  followUpCall: {
    label: "su llamada de seguimiento si no hay respuesta",
    title: "Segunda opinión: llame al plan si no hay respuesta",
    fileName: "llamada-de-seguimiento",
    description: (due: string) =>
      `Era probable que el plan decidiera ${due}. Si no tiene respuesta, llame hoy a Servicios para Miembros. Pregunte cuándo decidirá, pida la decisión por escrito y anote el número de referencia.`,
  },
  planLate: {
    label: "la fecha en que el plan está atrasado si no ha respondido",
    title: "Segunda opinión: el plan está atrasado si no hay respuesta",
    fileName: "plan-atrasado",
    description: (latest: string) =>
      `A más tardar, el plan debería haber decidido ${latest}. Si todavía no tiene respuesta, el plan está atrasado: puede presentar una queja formal. El Paso 4 de esta herramienta le muestra cómo.`,
  },
  grievanceAnswerDue: {
    label: "la fecha en que el plan debería responder a su queja formal",
    title: "Segunda opinión: fecha de respuesta a la queja formal",
    fileName: "respuesta-a-la-queja-formal",
    description: (when: string) => `El plan debería responder a su queja formal ${when}. Si no lo ha hecho, comuníquese con la oficina del estado que regula su plan.`,
  },
  imrApplyBy: {
    label: "la fecha para solicitar una Revisión Médica Independiente",
    title: "Segunda opinión: solicite la Revisión Médica Independiente",
    fileName: "solicitar-revision-medica-independiente",
    description: (when: string) => `Solicite una Revisión Médica Independiente ${when}. No espere hasta el último día.`,
  },
  byHour: (title: string, time: string) => `${title} a más tardar a las ${time}, hora de California`,
  footer: "Información general, no asesoría legal. Los planes pueden contar los días a su manera, por eso las fechas son “alrededor del”.",
};

/** La página "Si le negaron su solicitud". */
export const ifDeniedText: Translated<typeof englishIfDenied> = {
  title: "Si le negaron su solicitud",
  lead: "Un plan que dice que no a una segunda opinión le debe decir por qué, por escrito. Usted puede impugnar la decisión, y tiene plazos para hacerlo.",
  letterHeading: "Lo que debe incluir la carta de denegación",
  stepsHeading: "Lo que puede hacer, en orden",
  dmhcHeading: "Si se lo negó un plan con licencia del DMHC",
  dmhcNote: "Todos los planes HMO, y muchos planes PPO, EPO y POS.",
  cdiHeading: "Si se lo negó una póliza de seguro regulada por el CDI",
  cdiNote: "Muchas pólizas de seguro PPO tradicionales.",
  grievance: "Presente una queja formal ante su plan o su aseguradora. La carta de denegación explica cómo.",
  howToTellHeading: "¿No sabe quién regula su plan?",
  mediCalHeading: "Si recibe Medi-Cal por medio de un plan de salud",
  freeHelpHeading: "Ayuda gratis",
  startHeading: "Obtenga sus propias fechas y un plan paso a paso",
  startIntro:
    "Conteste algunas preguntas sobre su plan y su solicitud, y calcularemos sus propias fechas, le mostraremos la oficina correcta a la que debe acudir y haremos recordatorios para su calendario.",
  startButton: "Empezar con mi denegación",
  continueButton: "Anotar mi denegación en el Paso 4",
  continueIntro: "Usted ya contestó las preguntas. Vaya al Paso 4 para anotar la denegación y ver sus propias fechas.",
  rightsLink: "Lea sobre sus derechos",
  regulatorFinderLink: "Cómo saber quién regula su plan",
};
