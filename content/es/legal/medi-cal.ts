import type { mediCalTrack as english } from "@/content/legal/medi-cal";
import type { Translated } from "@/lib/i18n/translated";

// The Spanish twin of content/legal/medi-cal.ts: Medi-Cal de atención
// administrada after the plan's "quejas y apelaciones": an Audiencia Estatal.

export const mediCalTrack = {
  stateHearing: {
    text: "Si el plan sigue diciendo que no, puede pedir una Audiencia Estatal en un plazo de 120 días a partir de la decisión por escrito del plan sobre su apelación. También puede pedirla cuando el plan no ha decidido su apelación en un plazo de 30 días.",
    sourceId: "wic-10951",
  },
  hearingBeforeImr: {
    text: "Elija el orden con cuidado. Si primero tiene una Audiencia Estatal, después no puede obtener una Revisión Médica Independiente (IMR) del DMHC sobre el mismo asunto. Si primero pide la revisión, todavía puede tener una audiencia después.",
    sourceId: "dmhc-imr-faq",
  },
  freeSecondOpinion: {
    text: "Como miembro de Medi-Cal, usted tiene un derecho federal a una segunda opinión sin costo. Puede ser de un médico de su plan, o el plan debe conseguirle una fuera del plan.",
    sourceId: "cfr-42-438.206",
  },
  contactIds: ["medi-cal-ombudsman", "state-hearings"],
} satisfies Translated<typeof english>;
