// The records checklist's wording in Spanish (content/documents/checklist.ts).
// Practical steps, not legal facts.

import type * as english from "@/content/documents/checklist";
import type { Translated } from "@/lib/i18n/translated";


export const checklistText: Translated<typeof english.checklistText> = {
  title: "Lista de expedientes médicos para su solicitud de segunda opinión",
  intro:
    "Reúna estos expedientes y envíe copias con su solicitud, o pida al consultorio de su médico que los envíe. Marque cada uno. Anote cuándo lo pidió, cuándo lo envió y a quién se lo envió.",
  nameLabel: "Nombre",
  planLabel: "Plan",
  memberIdLabel: "Número de identificación de miembro",
  dueLabel: "Su plan debe responder",
  dueBlankLabel: "Fecha en que su plan debe responder",
  columns: { item: "Expediente", requestedOn: "Pedido el", sentOn: "Enviado el", sentTo: "Enviado a" },
  enclosedNote: "Incluido como adjunto en su carta",
  tipsHeading: "Consejos",
  footer: "Información general, no asesoría legal.",
  checkboxLabel: (item: string) => `Hecho: ${item}`,
};

export const recordItems: Translated<typeof english.recordItems> = {
  "insurance-card": {
    label: "Una copia de su tarjeta del seguro",
    detail: "Por delante y por detrás.",
    letterLabel: "Copia de mi tarjeta del seguro (por delante y por detrás)",
  },
  "first-opinion-notes": {
    label: "La opinión escrita o las notas de consulta de su médico",
    detail: "Pida al consultorio de su médico las notas de su visita.",
    letterLabel: "La opinión escrita o las notas de consulta de mi médico tratante",
  },
  "diagnosis-reports": {
    label: "Informes del diagnóstico",
    detail: "Por ejemplo, informes de biopsias (patología) e informes de escáneres o radiografías (imágenes).",
    letterLabel: "Informes que respaldan el diagnóstico (por ejemplo, informes de patología y de imágenes)",
  },
  "imaging-disc": {
    label: "Las imágenes mismas, en un disco o con un enlace para compartirlas",
    detail: "Pídalas al centro de imágenes o al hospital.",
    letterLabel: "Estudios de imágenes (imágenes en disco o con un enlace para compartirlas)",
  },
  "lab-results": {
    label: "Resultados recientes de laboratorio",
    letterLabel: "Resultados recientes de laboratorio",
  },
  "current-medicines": {
    label: "Una lista de los medicamentos que toma ahora",
    detail: "Incluya la dosis de cada uno y cualquier alergia.",
    letterLabel: "Lista de los medicamentos que tomo ahora",
  },
  "treatment-plan": {
    label: "El plan de tratamiento que le recomendó su médico",
    letterLabel: "El plan de tratamiento recomendado",
  },
  "referral-forms": {
    label: "Cualquier formulario de referido o de autorización",
    detail: "Llenos y firmados donde haga falta.",
    letterLabel: "Formularios de referido o de autorización",
  },
  "call-log": {
    label: "Sus notas de las llamadas a Servicios para Miembros",
    detail: "Fechas, nombres y números de referencia.",
    letterLabel: "Mis notas de las llamadas a Servicios para Miembros",
  },
};

export const surgeryItem: Translated<typeof english.surgeryItem> = {
  label: "La recomendación escrita del cirujano para la cirugía",
  detail: "Debe nombrar la operación y decir por qué se recomienda.",
  letterLabel: "La recomendación escrita para la cirugía",
};

export const extraItems: Translated<typeof english.extraItems> = {
  requestLetter: { label: "Esta carta de solicitud, firmada", detail: "Guarde una copia para usted." },
  urgentNote: {
    label: "Una nota de su médico que diga por qué es urgente",
    detail: "Ayuda a que el plan trate su solicitud como urgente (una decisión en un plazo de 72 horas).",
  },
};

export const tips: Translated<typeof english.tips> = {
  always: [
    "Envíe copias. Guarde los originales.",
    "Anote la fecha en que pide cada expediente y la fecha en que lo envía.",
    "Pida los expedientes pronto. Los consultorios y los hospitales pueden tardar días o semanas en enviarlos.",
    "Guarde una copia de todo lo que envíe. Guarde también una prueba de cuándo lo envió: la confirmación del fax o el número de seguimiento del correo.",
  ],
  urgent: [
    "Su solicitud es urgente. Envíe la carta y llame también a Servicios para Miembros. Pídales una revisión acelerada (urgente).",
    "No espere a tener todos los expedientes para enviar una solicitud urgente. Envíe lo que tenga y diga qué enviará después.",
  ],
  imaging: ["Copiar los discos de imágenes puede tardar varios días. Pídalos ya al centro de imágenes."],
};

/** Words in the member's answers (typed in Spanish) that mean imaging is involved. */
export const imagingWords: Translated<typeof english.imagingWords> = [
  "imágenes",
  "resonancia",
  "tac",
  "tomografía",
  "pet",
  "escáner",
  "radiografía",
  "rayos x",
  "rayos-x",
  "ultrasonido",
  "ecografía",
  "mamografía",
  "mamograma",
  "angiografía",
  "radiología",
  "ecocardiograma",
];

/** Words in the member's answers (typed in Spanish) that mean surgery is recommended. */
export const surgeryWords: Translated<typeof english.surgeryWords> = [
  "cirugía",
  "quirúrgico",
  "operación",
  "operar",
  "resección",
  "extirpación",
  "reemplazo",
  "trasplante",
  "amputación",
];

/** Word endings that name an operation (mastectomía, laminotomía, artroplastia). */
export const surgerySuffixes: Translated<typeof english.surgerySuffixes> = ["ectomía", "otomía", "plastia"];
