import type * as english from "@/content/legal/regulators";
import type { RegulatorContent } from "@/content/legal/schemas";
import type { Translated } from "@/lib/i18n/translated";

// The Spanish twin of content/legal/regulators.ts: the same sources and
// contacts; offices by the glossary's Spanish name with the English acronym.

export const regulators: typeof english.regulators = [
  {
    id: "dmhc",
    name: "Departamento de Atención Médica Administrada de California",
    shortName: "DMHC",
    statuteSourceId: "hsc-1383.15",
    grievanceSourceId: "hsc-1368.01",
    lawApplies: {
      text: "La ley de California sobre la segunda opinión se aplica a su plan.",
      sourceId: "hsc-1383.15",
    },
    whoMayGiveOpinion: [
      {
        text: "Si su pregunta es sobre la atención de su médico de atención primaria, generalmente puede elegir a un médico calificado del mismo grupo médico (o IPA).",
        sourceId: "hsc-1383.15",
      },
      {
        text: "Si su pregunta es sobre la atención de un especialista, generalmente puede elegir a un médico de la misma especialidad o de una parecida, de cualquier grupo médico de la red de su plan.",
        sourceId: "hsc-1383.15",
      },
    ],
    howToTell: {
      text: "Su Evidencia de Cobertura, sus cartas de denegación y las respuestas a sus quejas formales deben incluir un aviso que nombra al Departamento de Atención Médica Administrada (DMHC).",
      sourceId: "hsc-1368.02",
    },
    contactIds: ["dmhc-help-center"],
  },
  {
    id: "cdi",
    name: "Departamento de Seguros de California",
    shortName: "CDI",
    statuteSourceId: "ins-10123.68",
    grievanceSourceId: "ins-10123.68",
    lawApplies: {
      text: "La ley se aplica si su póliza pone límites a las segundas opiniones. No se aplica a las pólizas que pagan solo por accidentes, solo por una enfermedad o una cantidad fija por estadías en el hospital.",
      sourceId: "ins-10123.68",
    },
    whoMayGiveOpinion: [
      {
        text: "Puede elegir a cualquier médico calificado que tenga contrato con su aseguradora. No tiene que ser del mismo grupo médico.",
        sourceId: "ins-10123.68",
      },
      {
        text: "Su póliza puede limitar las segundas opiniones a su red. En ese caso, para una pregunta sobre la atención de un especialista, puede elegir a un especialista del mismo tipo o de uno parecido dentro de la red.",
        sourceId: "ins-10123.68",
      },
    ],
    howToTell: {
      text: "Su Evidencia de Cobertura, sus cartas de denegación y las respuestas a sus quejas formales deben incluir un aviso sobre el Departamento de Seguros de California (CDI). El aviso da el número de teléfono del CDI, 1-800-927-4357, y su sitio web, www.insurance.ca.gov.",
      sourceId: "ins-10169",
    },
    contactIds: ["cdi-hotline"],
  },
] satisfies Translated<typeof english.regulators>;

export const getRegulator = ((id: "dmhc" | "cdi"): RegulatorContent => {
  const regulator = regulators.find((candidate) => candidate.id === id);
  if (!regulator) throw new Error(`Unknown regulator ${id}`);
  return regulator;
}) satisfies Translated<typeof english.getRegulator>;

/** The rule shared by DMHC and CDI, for a member who does not know the regulator yet. */
export const sharedWhoMayGiveOpinion: typeof english.sharedWhoMayGiveOpinion = [
  {
    text: "El plan debe dar o aprobar una segunda opinión de un profesional de la salud calificado. Es decir, un médico de atención primaria o un especialista con formación y experiencia en su enfermedad o afección.",
    sourceId: "hsc-1383.15",
    parallelSourceId: "ins-10123.68",
  },
  {
    text: "Usted elige al médico. Es común que el plan le dé una lista, pero no es un derecho legal, y usted no tiene que elegir de ella.",
    sourceId: "practice",
  },
] satisfies Translated<typeof english.sharedWhoMayGiveOpinion>;

/** Out of network and cost: the same rule for DMHC plans and CDI policies. */
export const outOfNetworkRule: typeof english.outOfNetworkRule = [
  {
    text: "Si ningún médico de la red de su plan tiene la calificación adecuada, el plan debe aprobar una segunda opinión de un médico fuera de la red. Debe tener en cuenta qué tan lejos puede viajar usted.",
    sourceId: "ins-10123.68",
    parallelSourceId: "hsc-1383.15",
  },
  {
    text: "Su plan cubre la segunda opinión. Usted paga su copago de siempre, el mismo que para un referido parecido.",
    sourceId: "ins-10123.68",
    parallelSourceId: "hsc-1383.15",
  },
] satisfies Translated<typeof english.outOfNetworkRule>;

/** The regulator finder (/request/regulator): how to find out who regulates a plan. */
export const regulatorFinder = {
  assumption: {
    text: "Las HMO siempre tienen licencia del DMHC. Si su plan es una HMO, el DMHC lo regula.",
    sourceId: "hsc-1383.15",
  },
  checks: [
    {
      text: "Busque en su Evidencia de Cobertura (el folleto del plan), en una carta de denegación o en una respuesta a una queja formal. Los planes del DMHC deben incluir un aviso sobre el Departamento de Atención Médica Administrada.",
      sourceId: "hsc-1368.02",
    },
    {
      text: "Las pólizas de seguro reguladas por el CDI deben incluir un aviso con el número de teléfono del CDI, 1-800-927-4357, y su sitio web, www.insurance.ca.gov.",
      sourceId: "ins-10169",
    },
    {
      text: "O llame a cualquiera de las dos oficinas: si su plan no les corresponde, le dirán a quién llamar.",
      sourceId: "practice",
    },
  ],
  labelWarning: {
    text: "“PPO” en su tarjeta no le dice quién es el regulador. Muchos planes PPO, EPO y POS tienen licencia del DMHC, y otros son pólizas de seguro reguladas por el CDI.",
    sourceId: "hsc-1383.15",
    parallelSourceId: "ins-10123.68",
  },
  contactIds: ["dmhc-help-center", "cdi-hotline"],
} satisfies Translated<typeof english.regulatorFinder>;

/** What the rules say about the member's answers themselves, when they leave the law open. */
export const planNotes = {
  unknownCoverage: {
    text: "Díganos cómo obtiene su cobertura de salud, y le podremos decir si se aplica la ley de California sobre la segunda opinión.",
    sourceId: "hsc-1383.15",
    parallelSourceId: "ins-10123.68",
  },
  regulatorAssumed: "Usted dijo que no sabe con certeza quién regula su plan.",
  regulatorUnknown:
    "Usted dijo que no sabe con certeza quién regula su plan. Las reglas dependen de eso, así que averígüelo, por favor: toma unos minutos.",
  notOverseen: "Los reguladores de planes de salud de California (el DMHC y el CDI) no supervisan este tipo de cobertura.",
} satisfies Translated<typeof english.planNotes>;
