import type * as english from "@/content/legal/coverage";
import type { CoverageRule } from "@/content/legal/schemas";
import type { Translated } from "@/lib/i18n/translated";
import type { CoverageSource } from "@/lib/steps/options";
import { coverageScope } from "./coverage-scope";

// The Spanish twin of content/legal/coverage.ts: for each way a member gets
// coverage, the same scope and sources, in Spanish.


/** Said on the off-ramps where a plan decides (self-funded, Medicare Advantage, TRICARE/VA): the letter still works as a general request. */
export const generalRequest = {
  text: "Aun así, puede usar esta herramienta para escribir una solicitud general a su plan. La carta no nombrará ninguna ley de California.",
  sourceId: "practice",
} satisfies Translated<typeof english.generalRequest>;

export const coverageRules: typeof english.coverageRules = [
  {
    id: "job-insured",
    scope: coverageScope["job-insured"],
    note: {
      text: "Un plan del trabajo comprado a un plan de salud o a una compañía de seguros: las reglas dependen de quién le da la licencia, el DMHC o el CDI.",
      sourceId: "hsc-1383.15",
      parallelSourceId: "ins-10123.68",
    },
  },
  {
    id: "job-self-funded",
    scope: coverageScope["job-self-funded"],
    offRamp: {
      title: "Los planes del trabajo autofinanciados siguen reglas federales",
      summary: {
        text: "Puede que su empleador pague él mismo los gastos médicos del plan. Esto se llama un plan “autofinanciado” o plan ERISA. En ese caso, la ley de California sobre la segunda opinión no se aplica. Se aplican las reglas federales.",
        sourceId: "cfr-29-2560.503-1",
      },
      whereToGo: [
        {
          text: "Pida a su plan que apruebe la segunda opinión antes de recibirla. Según las reglas federales, el plan generalmente debe decidir en un plazo de 15 días.",
          sourceId: "cfr-29-2560.503-1",
        },
        {
          text: "Si esperar podría dañar gravemente su salud, pida una decisión acelerada (urgente). El plan debe decidir en un plazo de 72 horas.",
          sourceId: "cfr-29-2560.503-1-urgent",
        },
        {
          text: "Si el plan dice que no, primero presente una apelación ante el plan. Si aun así dice que no a la atención que su médico dice que usted necesita, generalmente puede pedir una revisión externa por médicos independientes. Puede que los planes más antiguos con “derechos adquiridos” (grandfathered) no tengan que ofrecerla.",
          sourceId: "cfr-29-2590.715-2719",
        },
        {
          text: "El Departamento de Trabajo de los EE. UU. supervisa estos planes y puede ayudarle. No supervisa los planes del gobierno ni los de iglesias: pregunte a su plan quién los supervisa.",
          sourceId: "dol-ebsa",
        },
        {
          text: "Servicios para Miembros de su plan o la oficina de beneficios de su empleador pueden decirle cómo pedir una segunda opinión y cómo presentar una apelación.",
          sourceId: "practice",
        },
      ],
      generalRequest: true,
      agencies: [],
      contactIds: ["dol-ebsa"],
    },
  },
  {
    id: "job-not-sure",
    scope: coverageScope["job-not-sure"],
    mayBeFederal: true,
    note: {
      text: "Puede que su empleador pague él mismo los gastos médicos del plan (un plan “autofinanciado”). En ese caso, la ley de California sobre la segunda opinión no se aplica, y las reglas federales fijan los plazos: generalmente 15 días, o 72 horas cuando es urgente. Si el plan se compra a un plan de salud o a una aseguradora, la ley estatal generalmente sí se aplica. La oficina de beneficios de su empleador puede decirle cuál es su caso.",
      sourceId: "cfr-29-2560.503-1",
    },
  },
  {
    id: "individual",
    scope: coverageScope["individual"],
    note: {
      text: "Un plan que usted compra por su cuenta: las reglas dependen de quién le da la licencia, el DMHC o el CDI.",
      sourceId: "hsc-1383.15",
      parallelSourceId: "ins-10123.68",
    },
  },
  {
    id: "covered-california",
    scope: coverageScope["covered-california"],
    note: {
      text: "La mayoría de los planes de Covered California tienen licencia del DMHC. Otros son pólizas de seguro reguladas por el CDI. Las reglas dependen de cuál de los dos le da la licencia a su plan.",
      sourceId: "hsc-1383.15",
      parallelSourceId: "ins-10123.68",
    },
  },
  {
    id: "medi-cal-managed-care",
    scope: coverageScope["medi-cal-managed-care"],
    mediCal: true,
    note: {
      text: "La mayoría de los planes de Medi-Cal de atención administrada tienen licencia del DMHC, así que la ley de California sobre la segunda opinión se aplica en la mayoría de los casos.",
      sourceId: "hsc-1383.15",
    },
  },
  {
    id: "medi-cal-fee-for-service",
    scope: coverageScope["medi-cal-fee-for-service"],
    offRamp: {
      title: "Medi-Cal de pago por servicio no tiene un paso de aprobación del plan",
      summary: {
        text: "Medi-Cal de pago por servicio es Medi-Cal sin un plan de salud. No tiene licencia del DMHC, así que la ley de California no se aplica.",
        sourceId: "medi-cal-dhcs",
      },
      whereToGo: [
        {
          text: "No hay un plan al que pedir aprobación. Para una segunda opinión, puede ver a otro médico que acepte Medi-Cal.",
          sourceId: "medi-cal-dhcs",
        },
        {
          text: "Medi-Cal lo administra el Departamento de Servicios de Atención Médica de California (DHCS). Pregunte al DHCS si tiene un problema con su atención.",
          sourceId: "medi-cal-dhcs",
        },
      ],
      generalRequest: false,
      agencies: ["Departamento de Servicios de Atención Médica de California (DHCS)"],
      contactIds: [],
    },
  },
  {
    id: "original-medicare",
    scope: coverageScope["original-medicare"],
    offRamp: {
      title: "Medicare Original no necesita aprobación",
      summary: {
        text: "Con Medicare Original (Parte B), usted no necesita un referido ni una aprobación para una segunda opinión. Se aplican las reglas federales de Medicare, no la ley de California.",
        sourceId: "medicare-second-opinion",
      },
      whereToGo: [
        {
          text: "La Parte B cubre una segunda opinión cuando un médico dice que usted necesita una cirugía que no es de emergencia, o una prueba o un tratamiento importante. Si las dos primeras opiniones son distintas, cubre una tercera.",
          sourceId: "medicare-second-opinion",
        },
        {
          text: "Generalmente, usted paga el 20% de la cantidad aprobada por Medicare, después del deducible de la Parte B. El médico debe aceptar Medicare.",
          sourceId: "medicare-second-opinion",
        },
        {
          text: "Medicare no cubre una segunda opinión sobre atención que no cubre, como la cirugía estética.",
          sourceId: "medicare-second-opinion",
        },
        { text: "Para recibir ayuda gratis con Medicare, llame a HICAP, el programa de asesoría sobre Medicare de California.", sourceId: "hicap" },
      ],
      generalRequest: false,
      agencies: [],
      contactIds: ["medicare", "hicap"],
    },
  },
  {
    id: "medicare-advantage",
    scope: coverageScope["medicare-advantage"],
    offRamp: {
      title: "Los planes Medicare Advantage siguen reglas federales",
      summary: {
        text: "Los planes Medicare Advantage siguen reglas federales. La ley de California no se aplica.",
        sourceId: "medicare-federal",
      },
      whereToGo: [
        {
          text: "Pida a su plan que cubra la segunda opinión. Esta es una decisión sobre lo que cubre el plan. Medicare la llama “determinación de la organización” (“organization determination”). Servicios para Miembros puede decirle cómo pedirla.",
          sourceId: "medicare-federal",
        },
        {
          text: "Si esperar podría dañar gravemente su salud, pida una decisión acelerada. Entonces el plan debe decidir en un plazo de 72 horas.",
          sourceId: "cfr-42-422.572",
        },
        { text: "Para recibir ayuda gratis con Medicare, llame a HICAP, el programa de asesoría sobre Medicare de California.", sourceId: "hicap" },
      ],
      generalRequest: true,
      agencies: [],
      contactIds: ["medicare", "hicap"],
    },
  },
  {
    id: "tricare-va",
    scope: coverageScope["tricare-va"],
    offRamp: {
      title: "La atención de TRICARE y del VA sigue reglas federales",
      summary: {
        text: "La atención médica de TRICARE y del VA sigue reglas federales, no la ley de California sobre la segunda opinión.",
        sourceId: "tricare-va-federal",
      },
      whereToGo: [
        {
          text: "TRICARE lo administra el Departamento de Defensa de los EE. UU., y la atención del VA, el Departamento de Asuntos de Veteranos de los EE. UU. Pregúnteles cómo obtener una segunda opinión.",
          sourceId: "tricare-va-federal",
        },
      ],
      generalRequest: true,
      agencies: ["Departamento de Defensa de los EE. UU. (TRICARE)", "Departamento de Asuntos de Veteranos de los EE. UU. (VA)"],
      contactIds: [],
    },
  },
  {
    id: "other",
    scope: coverageScope["other"],
    note: {
      text: "Con esta respuesta no podemos saber si se aplica la ley de California sobre la segunda opinión. Depende de quién le da la licencia a su plan: revise su Evidencia de Cobertura.",
      sourceId: "hsc-1368.02",
      parallelSourceId: "ins-10169",
    },
  },
] satisfies Translated<typeof english.coverageRules>;

export const getCoverageRule = ((id: CoverageSource): CoverageRule => {
  const rule = coverageRules.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`No coverage rule for ${id}`);
  return rule;
}) satisfies Translated<typeof english.getCoverageRule>;
