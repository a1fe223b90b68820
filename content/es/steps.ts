import type * as english from "@/content/steps";
import type { Translated } from "@/lib/i18n/translated";

/** Each step's name in Spanish: in the step indicator, and as its section's heading on "Revise sus respuestas". */
export const stepWords: Translated<typeof english.stepWords> = {
  coverage: { title: "Cómo obtiene su cobertura de salud", review: "Su cobertura" },
  plan: { title: "Su plan", review: "Su plan" },
  aboutYou: { title: "Sus datos", review: "Sus datos" },
  doctor: { title: "Hable con su médico", review: "Paso 1: Hable con su médico" },
  memberServices: { title: "Comuníquese con Servicios para Miembros", review: "Paso 2: Comuníquese con Servicios para Miembros" },
  submit: { title: "Envíe su solicitud", review: "Paso 3: Envíe su solicitud" },
  decision: { title: "Espere la decisión", review: "Paso 4: Espere la decisión" },
};

/** The words around the steps: the caption above each heading, the indicator's status words (read by screen readers), the way back. */
export const flowWords: Translated<typeof english.flowWords> = {
  numbered: (number: number, of: number) => `Paso ${number} de ${of}`,
  /** The browser tab's name for a page of a numbered step: "Paso 1: Hable con su médico". */
  tabTitle: (number: number, title: string) => `Paso ${number}: ${title}`,
  beforeYouStart: "Antes de empezar",
  progress: "Progreso",
  status: { completed: "completado", current: "paso actual", "not-started": "sin empezar" },
  back: "Atrás",
  loading: "Cargando sus respuestas…",
  redirecting: "Le llevamos al primer paso que no ha terminado…",
  continue: "Continuar",
};

/** The words every question page's form shares: the error summary's heading, a date's three boxes. */
export const formText: Translated<typeof english.formText> = {
  problem: "Hay un problema",
  errorPrefix: "Error:",
  dateBoxes: { monthBox: "Mes", dayBox: "Día", yearBox: "Año" },
};

/** Every page's title: its heading, and the browser tab's name. */
export const pageTitles: Translated<typeof english.pageTitles> = {
  start: "Pida a su plan de salud que cubra una segunda opinión",
  rights: "Sus derechos",
  ifDenied: "Si le negaron su solicitud",
  about: "Acerca de y privacidad",
  coverage: stepWords.coverage.title,
  notCovered: "La ley de segunda opinión de California no se aplica",
  regulatorFinder: "¿Quién regula mi plan?",
  plan: stepWords.plan.title,
  aboutYou: stepWords.aboutYou.title,
  doctor: stepWords.doctor.title,
  memberServices: stepWords.memberServices.title,
  submit: "Sus razones para pedir una segunda opinión",
  submitUrgency: "Qué tan urgente es su solicitud",
  submitDoctor: "El médico que quiere para la segunda opinión",
  submitRecords: "Expedientes que debe enviar",
  submitDocuments: "Su carta y su lista de expedientes",
  submitSending: "El envío de su solicitud",
  decision: "La decisión de su plan",
  nextSteps: "Qué hacer ahora",
  review: "Revise sus respuestas",
  documents: "Su carta y su lista de expedientes",
  letter: "Su carta de solicitud",
  checklist: "Su lista de expedientes médicos",
  blankChecklist: "Lista de expedientes médicos en blanco",
  grievance: "Su carta de queja formal",
  timeline: "Mi caso hasta ahora",
  regulatorForm: "Respuestas para el formulario del regulador",
  authorization: "Autorización para la persona que le ayuda",
};

/** Guidance shown on the steps. Not legal facts: those live in content/legal. */
export const coverageStepText: Translated<typeof english.coverageStepText> = {
  intro:
    "La ley de segunda opinión de California cubre la mayoría de los planes de salud, pero no todos. Su respuesta nos dice qué reglas se aplican a usted.",
};

export const planStepText: Translated<typeof english.planStepText> = {
  intro: "Tenga a mano su tarjeta del seguro. Usamos estos datos en su carta de solicitud.",
  regulatorNotSure: {
    hmo: "Los HMO siempre están regulados por el DMHC, así que usaremos las reglas del DMHC.",
    other: "Le mostraremos cómo averiguarlo.",
    link: "Cómo averiguar quién regula su plan",
  },
  hmoWithCdi:
    "Los HMO tienen licencia del Departamento de Atención Médica Administrada (DMHC). Revise su Evidencia de Cobertura: si nombra al DMHC, elíjalo.",
};

export const aboutYouStepText: Translated<typeof english.aboutYouStepText> = {
  intro: "Su carta de solicitud está escrita en su nombre, así que necesita sus datos.",
};

export const doctorStepText: Translated<typeof english.doctorStepText> = {
  why: [
    "Su médico puede pedirle al plan la segunda opinión por usted. Un referido de su médico a menudo hace que la aprobación llegue antes.",
    "Usted también puede pedírsela al plan. No necesita el permiso de su médico.",
  ],
  questionsHeading: "Preguntas para su médico",
  questions: [
    "¿Me dará un referido, o le pedirá al plan una segunda opinión por mí?",
    "¿Qué tipo de especialista debe dar la segunda opinión?",
    "¿Me puede dar copias de mis expedientes, de los resultados de mis pruebas y de los informes de imágenes?",
    "¿Es urgente mi situación? ¿Esperar podría dañar mi salud?",
    "¿Qué pasa si espero la segunda opinión antes de empezar el tratamiento?",
  ],
};

export const memberServicesStepText: Translated<typeof english.memberServicesStepText> = {
  yourNumber: "El número de Servicios para Miembros de su plan:",
  why: "Servicios para Miembros le puede decir cómo quiere su plan la solicitud: adónde enviarla, qué formularios usar y si basta con el referido de su médico.",
  phoneIntro: "Llame al número que aparece en su tarjeta del seguro:",
  scriptHeading: "Qué decir",
  /** The opening line: California law is named only when it applies to the member's plan. */
  scriptOpening: {
    withStateLaw: "“Soy miembro y pido una segunda opinión médica según la ley de California”.",
    withoutStateLaw: "“Soy miembro y le pido al plan que cubra una segunda opinión médica”.",
  },
  script: [
    "“Mi número de identificación de miembro es [su número de identificación de miembro]. Mi médico es [el nombre de su médico] y la afección es [su diagnóstico]”.",
    "“¿Cómo presento la solicitud y adónde la debo enviar?”",
    "“¿Hay algún formulario que deba usar, o basta con el referido de mi médico?”",
    "“Por favor, envíeme los plazos del plan para las solicitudes de segunda opinión”.",
    "“¿Me puede dar un número de referencia para esta llamada, y su nombre?”",
  ],
  tip: "Anote la fecha, el nombre de la persona con quien habló y el número de referencia de cada llamada. Agréguelos al registro de llamadas de abajo.",
};

/** The off-ramp page: California's second-opinion law does not reach the member's coverage. */
export const notCoveredText: Translated<typeof english.notCoveredText> = {
  allIntro: "La ley de segunda opinión de California no cubre estos tipos de cobertura:",
  whereToGo: "Adónde acudir en su lugar",
  continue: {
    heading: "Aun así, puede pedírselo a su plan",
    noRequestHeading: "No hay ninguna solicitud que enviar",
    noRequest:
      "Ningún plan tiene que aprobar una segunda opinión para esta cobertura, así que no necesita una carta de solicitud. Siga los pasos de arriba.",
    chooseFirstLink: "Díganos cómo obtiene su cobertura",
    chooseFirst: "primero.",
    button: "Continuar con una solicitud general",
    change: "Cambiar cómo obtiene su cobertura",
  },
};

export const submitStepText: Translated<typeof english.submitStepText> = {
  urgentYes:
    "Su carta pedirá una decisión acelerada (urgente). Por lo general, el plan debe decidir en un plazo de 72 horas después de recibirla. Llame también a Servicios para Miembros, y pida a su médico que le diga al plan que es urgente.",
  emergency: "Si tiene una emergencia médica, llame al 911 o vaya a la sala de emergencias más cercana.",
  documents: {
    intro: "Los llenamos con las respuestas que nos ha dado hasta ahora.",
    whatToDo: [
      "Descargue o imprima la carta y la lista de expedientes.",
      "Use la lista para reunir sus expedientes.",
      "Firme la carta. Envíela a su plan con copias de sus expedientes. Guarde una copia de todo lo que envíe.",
      "Después, continúe y díganos cómo y cuándo la envió. El plazo del plan empieza cuando recibe su solicitud.",
    ],
  },
  dueHeading: "Cuándo debería decidir el plan",
};

export const decisionStepText: Translated<typeof english.decisionStepText> = {
  grievanceHeading: "Lleve el control de su queja formal",
  grievanceIntro: "Agregue cada fecha cuando ocurra. Los pasos de arriba cambiarán según lo que agregue.",
};

/** "Revise sus respuestas": the page's words and how a logged call is told back. */
export const reviewText: Translated<typeof english.reviewText> = {
  intro: "Revise que todo esté bien. Su carta y su lista de expedientes usan estas respuestas.",
  notAnswered: "Sin respuesta",
  change: "Cambiar",
  documentsHeading: "Sus documentos",
  documentsLink: "Obtenga su carta de solicitud y su lista de expedientes médicos",
  call: { title: "Llamada {number}: {when}", noDate: "Fecha no indicada", spokeTo: "habló con {name}", reference: "referencia {number}" },
};

/** The call log on Step 2 (Paso 2). */
export const callLogText: Translated<typeof english.callLogText> = {
  none: "Todavía no ha agregado ninguna llamada.",
  add: "Agregar una llamada",
  addAnother: "Agregar otra llamada",
  editHeading: "Editar esta llamada",
  save: "Guardar la llamada",
  cancel: "Cancelar",
  edit: "Editar",
  remove: "Quitar",
  callNumber: "llamada {number}",
  confirmRemove: "¿Quitar la llamada {number} de su registro? No podrá deshacerlo.",
  yesRemove: "Sí, quitarla",
  noKeep: "No, conservarla",
  added: "Llamada agregada.",
  updated: "Llamada actualizada.",
  removed: "Llamada {number} quitada.",
};
