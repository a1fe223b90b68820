import type { overviewText as english } from "@/content/overview";
import type { Translated } from "@/lib/i18n/translated";

/** La página de inicio para un miembro que regresa. "{when}" es una fecha como la dicen las reglas. */
export const overviewText: Translated<typeof english> = {
  heading: "Su solicitud hasta ahora",
  lead: "Sus respuestas están guardadas en este dispositivo.",
  loading: "Cargando sus respuestas…",
  tasks: {
    yourPlan: "Su plan y usted",
    doctor: "Paso 1: Hable con su médico",
    memberServices: "Paso 2: Comuníquese con Servicios para Miembros",
    submit: "Paso 3: Envíe su solicitud",
    decision: "Paso 4: Espere la decisión",
    ifDenied: "Si el plan dice que no",
  },
  status: {
    completed: "Completado",
    "in-progress": "En curso",
    "not-started": "No empezado",
    "cannot-start": "Todavía no se puede empezar",
    overdue: "Atrasado",
    "not-needed": "No se necesita",
  },
  nextHeading: "Próxima fecha",
  next: {
    decisionDue: "El plan debería decidir {when}.",
    decisionLate: "El plan debería haber decidido a más tardar el {when}. Está atrasado: vea qué hacer después en el Paso 4.",
    grievanceAnswerDue: "El plan debería responder a su queja formal {when}.",
    imrApplyBy: "Envíe su formulario de Revisión Médica Independiente o de queja para alrededor del {when}. No espere hasta el último día.",
  },
  carryOn: "Siga donde se quedó",
  review: "revise sus respuestas",
};
