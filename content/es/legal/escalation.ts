import type {
  escalationSteps as englishEscalationSteps,
  freeHelpStep as englishFreeHelpStep,
  mediCalAppealStep as englishMediCalAppealStep,
} from "@/content/legal/escalation";
import type { Translated } from "@/lib/i18n/translated";

// The Spanish twin of content/legal/escalation.ts: what a member can do after
// a denial or no answer, for each regulator, with the same sources and
// contacts (facts sheet, sections 3 and 7).

export const escalationSteps: Translated<typeof englishEscalationSteps> = {
  dmhc: {
    grievance: {
      title: "Presente una queja formal ante su plan",
      text: "Una queja formal es un reclamo oficial. El plan debe responder en un plazo de 30 días calendario. Si su caso es urgente o usted tiene un dolor intenso, debe responder en un plazo de 3 días.",
      sourceId: "hsc-1368.01",
      contactIds: [],
    },
    regulatorComplaint: {
      title: "Acuda al Centro de Ayuda del DMHC",
      text: "Puede acudir al DMHC en cuanto el plan responda a su queja formal, o después de 30 días sin respuesta. Si su caso es urgente, puede acudir de inmediato.",
      sourceId: "hsc-1368.03",
      contactIds: ["dmhc-help-center"],
    },
    imr: {
      title: "Envíe al DMHC el Formulario de Revisión Médica Independiente/Queja",
      text: "Usted envía un solo formulario. El DMHC decide si su caso recibe una Revisión Médica Independiente (IMR) por médicos externos, o si se trata como una queja. Envíelo aunque el plan diga que la atención no está cubierta. Envíelo en un plazo de 6 meses desde la respuesta por escrito del plan a su queja formal. Puede aceptarse una solicitud tardía si hay una buena razón.",
      sourceId: "hsc-1374.30",
      contactIds: ["dmhc-help-center"],
    },
  },
  cdi: {
    grievance: {
      title: "Presente una apelación ante su aseguradora",
      text: "Es un reclamo oficial, también llamado queja formal. La carta de denegación debe indicarle cómo presentarlo. Generalmente, la aseguradora debe decidir en un plazo de 30 días, o de 72 horas si esperar podría dañar gravemente su salud.",
      sourceId: "cfr-45-147.136",
      contactIds: [],
    },
    regulatorComplaint: {
      title: "Llame al Departamento de Seguros de California (CDI)",
      text: "La línea directa para consumidores del CDI ayuda con problemas con su aseguradora. Puede llamar en cualquier momento, también mientras su apelación está en trámite.",
      sourceId: "ins-10169",
      contactIds: ["cdi-hotline"],
    },
    imr: {
      title: "Pida al CDI una Revisión Médica Independiente (IMR)",
      text: "Si su aseguradora sigue diciendo que no después de su apelación, puede pedir al CDI una revisión por médicos externos. La aseguradora debe enviarle el formulario junto con su decisión. Presente la solicitud en un plazo de 6 meses desde la respuesta por escrito de la aseguradora a su apelación. Puede aceptarse una solicitud tardía si hay una buena razón.",
      sourceId: "ins-10169",
      contactIds: ["cdi-hotline"],
    },
  },
  unknown: {
    grievance: {
      title: "Presente una queja formal ante su plan",
      text: "Una queja formal es un reclamo oficial. La carta de denegación debe indicarle cómo presentarla. Generalmente, los planes deben responder en un plazo de 30 días, y mucho antes si su caso es urgente.",
      sourceId: "hsc-1368.01",
      contactIds: [],
    },
    regulatorComplaint: {
      title: "Comuníquese con la oficina estatal que regula su plan",
      text: "Para un plan del DMHC: en cuanto el plan responda a su queja formal, después de 30 días sin respuesta, o de inmediato si es urgente. Para una póliza del CDI: llame a la línea directa para consumidores del CDI en cualquier momento. ¿No sabe cuál es su caso? Llame a cualquiera de las dos oficinas: le dirán a quién llamar.",
      sourceId: "hsc-1368.03",
      contactIds: ["dmhc-help-center", "cdi-hotline"],
    },
    imr: {
      title: "Pida una Revisión Médica Independiente (IMR)",
      text: "La oficina estatal puede hacer que médicos externos revisen la decisión del plan. Presente la solicitud en un plazo de 6 meses desde la respuesta por escrito del plan a su queja formal. Puede aceptarse una solicitud tardía si hay una buena razón.",
      sourceId: "hsc-1374.30",
      contactIds: ["dmhc-help-center", "cdi-hotline"],
    },
  },
};

/** Medi-Cal managed care: the grievance step is the plan's "apelación" (facts sheet, section 1). */
export const mediCalAppealStep: Translated<typeof englishMediCalAppealStep> = {
  title: "Presente una apelación ante su plan",
  text: "Medi-Cal llama a esto una apelación. Preséntela en un plazo de 60 días desde el aviso del plan. El plan debe responder en un plazo de 30 días calendario, o de 3 días si su caso es urgente.",
  sourceId: "medi-cal-dhcs",
  contactIds: [],
};

export const freeHelpStep: Translated<typeof englishFreeHelpStep> = {
  title: "Obtenga ayuda gratis",
  text: "La Health Consumer Alliance da ayuda gratis con problemas de cobertura de salud.",
  sourceId: "hca-website",
  contactIds: ["health-consumer-alliance"],
};
