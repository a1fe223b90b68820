import { recordItems } from "@/content/es/documents/checklist";
import { reasons } from "@/content/es/legal/reasons";
import type { fieldText as english } from "@/content/fields";
import { CARD_IDENTIFIER_MAX, MAX_TEXT_LENGTH } from "@/lib/answers/check";
import type { Translated } from "@/lib/i18n/translated";
import type { Messages, MissingParts, OptionWords } from "@/lib/steps/words";

// Every question's words in Spanish (content/fields.ts): label, hint, the
// labels of its options, and a message for each thing that can be wrong with
// an answer. Messages say what to do ("Escriba…", "Seleccione…").

/** "5,000", as in the English (es-US usage), written without Intl. */
const withCommas = (count: number) => String(count).replace(/\B(?=(\d{3})+$)/g, ",");

/** Messages for a typed answer: `name` starts the "too long" one ("El nombre del plan debe tener …"). */
const text = (name: string, more: Messages = {}, max = MAX_TEXT_LENGTH): Messages => ({
  "too-long": `${name} debe tener ${withCommas(max)} caracteres o menos`,
  ...more,
});

const capitalise = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
const MISSING: Record<MissingParts, string> = {
  month: "un mes",
  day: "un día",
  year: "un año",
  "month,day": "un mes y un día",
  "month,year": "un mes y un año",
  "day,year": "un día y un año",
};

/**
 * Messages for a date the member types as month, day and year. `name` is how
 * a message refers to it ("la fecha en que envió su solicitud"), `example` a
 * date in the same format ("12 17 2026").
 */
function date({ name, subject = capitalise(name), example, ...more }: { name: string; subject?: string; example: string } & Messages): Messages {
  return {
    required: `Escriba ${name}, por ejemplo ${example}`,
    "date-incomplete": Object.fromEntries(Object.entries(MISSING).map(([parts, words]) => [parts, `${subject} debe incluir ${words}`])) as Record<
      MissingParts,
      string
    >,
    "date-year": `El año debe tener 4 números, por ejemplo ${example.split(" ")[2]}`,
    "date-not-real": `${subject} debe ser una fecha real, por ejemplo ${example}`,
    "date-future": `${subject} debe ser hoy o una fecha pasada`,
    ...more,
  };
}

const yesNo = { yes: { label: "Sí" }, no: { label: "No" } } satisfies Record<string, OptionWords>;

export const fieldText: Translated<typeof english> = {
  coverage: {
    source: {
      label: "¿Cómo obtiene su cobertura de salud?",
      hint: "Si no sabe si el plan de su trabajo es asegurado o autofinanciado, pregunte en su oficina de recursos humanos o de beneficios.",
      options: {
        "job-insured": { label: "Por un trabajo: el empleador compra el seguro a un plan de salud" },
        "job-self-funded": {
          label: "Por un trabajo: el empleador paga las reclamaciones por su cuenta (autofinanciado)",
          hint: "Los documentos de su plan pueden decir “self-funded”, “self-insured” o “ERISA”.",
        },
        "job-not-sure": { label: "Por un trabajo, y no sé de qué tipo" },
        individual: { label: "Un plan que compré por mi cuenta (plan individual o familiar)" },
        "covered-california": { label: "Covered California" },
        "medi-cal-managed-care": { label: "Medi-Cal por medio de un plan de salud (atención administrada)" },
        "medi-cal-fee-for-service": { label: "Medi-Cal sin un plan de salud (pago por servicio)" },
        "original-medicare": {
          label: "Medicare Original",
          hint: "La tarjeta de Medicare roja, blanca y azul, sin un plan de salud de Medicare.",
        },
        "medicare-advantage": {
          label: "Un plan Medicare Advantage",
          hint: "Un plan privado que le da sus beneficios de Medicare, a veces llamado Parte C.",
        },
        "tricare-va": { label: "TRICARE o el VA" },
        other: { label: "Otro, o no sé" },
      },
      messages: { required: "Seleccione cómo obtiene su cobertura de salud" },
    },
    continueWithoutStateLaw: { label: "Su decisión de seguir con una solicitud general" },
  },
  plan: {
    planType: {
      label: "¿Qué tipo de plan es?",
      hint: "Por lo general está impreso en su tarjeta del seguro.",
      options: { hmo: { label: "HMO" }, ppo: { label: "PPO" }, epo: { label: "EPO" }, pos: { label: "POS" }, "not-sure": { label: "No sé" } },
      messages: { required: "Seleccione el tipo de plan, o elija “No sé”" },
    },
    regulator: {
      label: "¿Quién regula su plan?",
      hint: "El regulador depende de la licencia de la compañía, no de si el plan se llama HMO o PPO. Su Evidencia de Cobertura y cualquier carta del plan lo nombran. Los HMO siempre están regulados por el Departamento de Atención Médica Administrada (DMHC).",
      options: {
        dmhc: { label: "Departamento de Atención Médica Administrada (DMHC)" },
        cdi: { label: "Departamento de Seguros de California (CDI)" },
        "not-sure": { label: "No sé" },
      },
      messages: { required: "Seleccione quién regula su plan, o elija “No sé”" },
    },
    planName: {
      label: "Nombre del plan",
      hint: "Como aparece impreso en su tarjeta del seguro, por ejemplo Blue Shield Trio HMO.",
      messages: text("El nombre del plan", { required: "Escriba el nombre de su plan de salud, como aparece en su tarjeta" }),
    },
    memberId: {
      label: "Número de identificación de miembro",
      hint: "En la parte de adelante de su tarjeta del seguro. Escríbalo como está impreso, con todas las letras o guiones que tenga.",
      messages: text(
        "El número de identificación de miembro",
        {
          required: "Escriba su número de identificación de miembro, como aparece en su tarjeta del seguro",
          invalid: "El número de identificación de miembro solo puede tener letras, números, espacios, guiones, puntos y barras",
        },
        CARD_IDENTIFIER_MAX,
      ),
    },
    groupNumber: {
      label: "Número de grupo (opcional)",
      hint: "Está en su tarjeta si su plan es por medio de un trabajo.",
      messages: text(
        "El número de grupo",
        { invalid: "El número de grupo solo puede tener letras, números, espacios, guiones, puntos y barras" },
        CARD_IDENTIFIER_MAX,
      ),
    },
    memberServicesPhone: {
      label: "Número de teléfono de Servicios para Miembros",
      hint: "Por lo general está en el reverso de su tarjeta del seguro.",
      messages: {
        required: "Escriba el número de teléfono de Servicios para Miembros que aparece en su tarjeta del seguro",
        invalid: "Escriba un número de teléfono con su código de área, por ejemplo 1-800-555-0100",
      },
    },
    planAddress: {
      label: "Dónde recibe solicitudes el plan (opcional)",
      hint: "Una dirección postal o un número de fax para solicitudes de segunda opinión o de autorización. Servicios para Miembros se lo puede decir.",
      messages: text("La dirección o el fax del plan"),
    },
  },
  aboutYou: {
    fullName: {
      label: "Su nombre completo",
      hint: "Como aparece en su tarjeta del seguro.",
      messages: text("Su nombre completo", { required: "Escriba su nombre completo" }),
    },
    dateOfBirth: {
      label: "Fecha de nacimiento",
      hint: "Por ejemplo, 3 27 1980.",
      messages: date({
        name: "su fecha de nacimiento",
        subject: "La fecha de nacimiento",
        example: "3 27 1980",
        "date-future": "La fecha de nacimiento debe ser una fecha pasada",
        "date-too-early": "La fecha de nacimiento debe ser posterior a 1900",
      }),
    },
    address: {
      label: "Su dirección postal",
      hint: "Calle, ciudad, estado y código postal (ZIP). El plan le escribirá a esta dirección.",
      messages: text("Su dirección postal", { required: "Escriba su dirección postal" }),
    },
    phone: {
      label: "Su número de teléfono",
      hint: "Para que el plan pueda llamarle sobre su solicitud.",
      messages: {
        required: "Escriba un número de teléfono en el que el plan pueda comunicarse con usted",
        invalid: "Escriba un número de teléfono con su código de área, por ejemplo 415-555-0100",
      },
    },
    email: {
      label: "Su correo electrónico (opcional)",
      messages: { invalid: "Escriba un correo electrónico con el formato correcto, como nombre@example.com" },
    },
    hasHelper: {
      label: "¿Alguien le está ayudando con esta solicitud?",
      hint: "Por ejemplo, un familiar, un cuidador o un defensor.",
      options: yesNo,
      messages: { required: "Seleccione sí si alguien le está ayudando con esta solicitud" },
    },
    helperName: {
      label: "El nombre completo de esa persona",
      messages: text("El nombre de la persona que le ayuda", { required: "Escriba el nombre de la persona que le ayuda" }),
    },
    helperRelationship: {
      label: "La relación de esa persona con usted",
      hint: "Por ejemplo, hija, esposo o amiga.",
      messages: text("La relación de esa persona con usted", {
        required: "Escriba qué relación tiene con usted la persona que le ayuda, por ejemplo hija",
      }),
    },
    authorizationEnds: {
      label: "¿Cuándo debe terminar el permiso de esa persona para hablar con su plan? (opcional)",
      hint: "Por ejemplo, 6 30 2027. Déjelo en blanco si dura hasta que usted lo retire por escrito.",
      messages: date({
        name: "la fecha en que termina",
        example: "6 30 2027",
        "date-past": "La fecha en que termina debe ser hoy o una fecha futura",
      }),
    },
  },
  doctor: {
    name: {
      label: "Nombre del médico tratante",
      hint: "El médico que le dio el diagnóstico o le recomendó el tratamiento.",
      messages: text("El nombre del médico tratante", { required: "Escriba el nombre de su médico tratante" }),
    },
    specialty: {
      label: "Su especialidad (opcional)",
      hint: "Por ejemplo, oncología, cirugía ortopédica o medicina familiar.",
      messages: text("La especialidad"),
    },
    medicalGroup: {
      label: "Su grupo médico o IPA (opcional)",
      hint: "En muchos planes HMO, la segunda opinión sobre lo que le aconseja su médico de atención primaria viene del mismo grupo médico. Aparece en su tarjeta o en los papeles de su médico.",
      messages: text("El grupo médico o IPA"),
    },
    condition: {
      label: "Diagnóstico o afección",
      hint: "Puede escribirlo con sus propias palabras, por ejemplo “cáncer de próstata” o “dolor de rodilla después de una caída”.",
      messages: text("El diagnóstico o afección", { required: "Escriba su diagnóstico o afección, con sus propias palabras" }),
    },
    recommendedTreatment: {
      label: "Tratamiento o cirugía recomendados (opcional)",
      hint: "Lo que le sugirió su médico, por ejemplo “cirugía de reemplazo de rodilla”.",
      messages: text("El tratamiento o cirugía recomendados"),
    },
    willRequest: {
      label: "¿Su médico le pedirá al plan la segunda opinión por usted?",
      hint: "Su médico puede hacer la solicitud. Un referido a menudo hace que la aprobación llegue antes.",
      options: {
        yes: { label: "Sí, mi médico la pedirá" },
        no: { label: "No, la pediré yo" },
        "did-not-ask": { label: "No le pregunté" },
      },
      messages: { required: "Seleccione si su médico le pedirá al plan la segunda opinión" },
    },
    dateDiscussed: {
      label: "¿Cuándo habló con su médico sobre esto? (opcional)",
      hint: "Por ejemplo, 11 3 2026.",
      messages: date({ name: "la fecha en que habló con su médico", example: "11 3 2026" }),
    },
  },
  memberServices: {
    contacted: {
      label: "¿Ha llamado a Servicios para Miembros sobre su segunda opinión?",
      options: { yes: { label: "Sí" }, "not-yet": { label: "Todavía no" } },
      messages: { required: "Seleccione si ya llamó a Servicios para Miembros" },
    },
    calls: {
      label: "Sus llamadas a Servicios para Miembros",
      messages: { required: "Agregue la llamada que hizo, o elija “Todavía no”" },
    },
  },
  call: {
    date: {
      label: "Fecha de la llamada",
      hint: "Por ejemplo, 11 20 2026.",
      messages: date({ name: "la fecha de la llamada", example: "11 20 2026" }),
    },
    time: { label: "Hora de la llamada (opcional)", messages: { invalid: "Escriba la hora de la llamada, por ejemplo 2:30 p. m." } },
    spokeTo: { label: "Con quién habló (opcional)", hint: "Su nombre o su número de empleado.", messages: text("Con quién habló") },
    referenceNumber: {
      label: "Número de referencia (opcional)",
      hint: "Pida uno al final de cada llamada.",
      messages: text("El número de referencia"),
    },
    notes: { label: "Lo que le dijeron (opcional)", messages: text("Lo que le dijeron") },
  },
  submit: {
    reasons: {
      label: "¿Por qué quiere una segunda opinión?",
      hint: "Seleccione todas las que correspondan.",
      options: Object.fromEntries(reasons.map((reason) => [reason.id, { label: reason.plain }])) as Record<(typeof reasons)[number]["id"], OptionWords>,
      messages: { required: "Seleccione al menos una razón por la que quiere una segunda opinión" },
    },
    otherReason: {
      label: "Su otra razón",
      messages: text("Su otra razón", { required: "Describa su otra razón" }),
    },
    urgent: {
      label: "¿Es urgente su solicitud?",
      hint: "Diga que sí si su salud está en peligro grave e inmediato (un riesgo de muerte, o de perder una extremidad o una función importante del cuerpo), o si esperar el tiempo normal podría dañar su salud o su capacidad de recuperar todas sus funciones.",
      options: yesNo,
      messages: { required: "Seleccione sí si su solicitud es urgente, o no si puede esperar el tiempo normal" },
    },
    secondDoctorName: {
      label: "Médico que quiere para la segunda opinión (opcional)",
      hint: "Usted elige al médico. Déjelo en blanco si todavía no lo sabe.",
      messages: text("El nombre del médico"),
    },
    secondDoctorSpecialty: { label: "Su especialidad (opcional)", messages: text("La especialidad del médico") },
    secondDoctorInNetwork: {
      label: "¿Este médico está dentro de la red de su plan? (opcional)",
      options: { yes: { label: "Sí" }, no: { label: "No" }, "not-sure": { label: "No sé" } },
    },
    outOfNetworkRequested: {
      label: "¿Quiere pedir un médico fuera de la red de su plan?",
      options: yesNo,
      messages: { required: "Seleccione sí si quiere pedir un médico fuera de la red de su plan" },
    },
    outOfNetworkReason: {
      label: "¿Por qué ningún médico de su red puede dar esta opinión?",
      hint: "Por ejemplo, ningún médico de su red está calificado para su afección. Si le cuesta viajar, dígalo: el plan debe tenerlo en cuenta.",
      messages: text("La razón por la que ningún médico de su red puede dar la opinión", {
        required: "Explique por qué ningún médico de la red de su plan puede dar esta opinión",
      }),
    },
    enclosures: {
      label: "Expedientes que enviará con su solicitud (opcional)",
      hint: "Seleccione los que va a adjuntar. La lista de expedientes médicos le ayuda a reunirlos.",
      options: Object.fromEntries(Object.entries(recordItems).map(([id, item]) => [id, { label: item.label, hint: item.detail }])) as Record<
        keyof typeof recordItems,
        OptionWords
      >,
    },
    sentMethod: {
      label: "¿Cómo envió su solicitud?",
      options: {
        mail: { label: "Por correo" },
        fax: { label: "Por fax" },
        portal: { label: "Por el sitio web o la aplicación del plan" },
        email: { label: "Por correo electrónico" },
        "in-person": { label: "En persona" },
        "not-yet": { label: "Todavía no la he enviado" },
      },
      messages: { required: "Seleccione cómo envió su solicitud, o “Todavía no la he enviado”" },
    },
    dateSent: {
      label: "Fecha en que envió su solicitud",
      hint: "Por ejemplo, 12 17 2026.",
      messages: date({ name: "la fecha en que envió su solicitud", example: "12 17 2026" }),
    },
    dateReceived: {
      // Short, as in the English: the due date card says what a blank date means.
      label: "Fecha en que el plan la recibió (opcional)",
      messages: date({
        name: "la fecha en que el plan recibió su solicitud",
        example: "12 18 2026",
        "date-before-other": "La fecha en que el plan recibió su solicitud debe ser igual o posterior a la fecha en que usted la envió",
      }),
    },
    timeReceived: {
      label: "Hora en que el plan la recibió (opcional)",
      hint: "Solo importa en las solicitudes urgentes, que tienen un plazo de 72 horas.",
      messages: { invalid: "Escriba la hora, por ejemplo 3:00 p. m." },
    },
    requestReference: {
      label: "Número de referencia (opcional)",
      messages: text("El número de referencia"),
    },
  },
  decision: {
    planGivenDueDate: {
      label: "Fecha de decisión que le dio el plan (opcional)",
      hint: "Si el plan le dijo una fecha, escríbala aquí.",
      messages: date({ name: "la fecha que le dio el plan", example: "12 28 2026" }),
    },
    planGivenDueDateInWriting: {
      label: "¿El plan le envió esta fecha por escrito?",
      hint: "Un plan que necesita más tiempo debe decirle por escrito por qué: le falta información que pidió, necesita que la revise un experto, o pidió un examen o una prueba. Una fecha dicha solo por teléfono no cambia el plazo.",
      options: yesNo,
    },
    outcome: {
      label: "¿Qué ha pasado con su solicitud?",
      options: {
        waiting: { label: "Todavía no hay decisión, y aún no se ha vencido el plazo" },
        approved: { label: "Aprobada" },
        denied: { label: "Denegada" },
        "more-info": { label: "El plan pidió más información" },
        "no-answer": { label: "No hay respuesta, y ya pasó la fecha límite" },
      },
      messages: { required: "Seleccione qué ha pasado con su solicitud" },
    },
    appointmentDate: {
      label: "Fecha de la cita (opcional)",
      hint: "Por ejemplo, 1 12 2027.",
      messages: date({ name: "la fecha de la cita", example: "1 12 2027" }),
    },
    denialDate: {
      label: "Fecha de la denegación por escrito",
      hint: "La fecha impresa en la carta del plan.",
      messages: date({ name: "la fecha de la denegación por escrito", example: "1 4 2027" }),
    },
    denialReason: { label: "La razón que dio el plan (opcional)", messages: text("La razón que dio el plan") },
    moreInfoWhat: {
      label: "¿Qué le pidió el plan?",
      messages: text("Lo que le pidió el plan", { required: "Escriba lo que le pidió el plan" }),
    },
    moreInfoReceivedDate: {
      label: "Fecha en que el plan recibió la información (opcional)",
      hint: "El plazo del plan empieza de nuevo a partir de esta fecha.",
      messages: date({ name: "la fecha en que el plan recibió la información", example: "1 4 2027" }),
    },
    grievanceFiledDate: {
      label: "Fecha en que presentó una queja formal (opcional)",
      hint: "Solo si ya presentó una.",
      messages: date({ name: "la fecha en que presentó su queja formal", example: "1 15 2027" }),
    },
    grievanceUrgent: {
      label: "¿Es urgente su queja formal? (opcional)",
      hint: "Es urgente si su salud está en peligro grave, o si esperar podría dañar su salud o su capacidad de recuperar todas sus funciones. Para un plan con licencia del DMHC, el dolor intenso también la hace urgente. El plan entonces debe responder mucho antes.",
      options: yesNo,
    },
    grievanceDecisionDate: {
      label: "Fecha en que el plan respondió a su queja formal (opcional)",
      hint: "La fecha de la respuesta por escrito del plan, si la tiene. Desde entonces puede acudir al estado, y empiezan a contar los 6 meses para pedir una revisión.",
      messages: date({ name: "la fecha en que el plan respondió a su queja formal", example: "2 10 2027" }),
    },
  },
};
