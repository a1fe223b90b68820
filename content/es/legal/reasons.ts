import type * as english from "@/content/legal/reasons";
import type { Translated } from "@/lib/i18n/translated";
import type { reasonIds } from "@/lib/steps/options";

// The five reasons the law lists, in Spanish (content/legal/reasons.ts):
// Código de Salud y Seguridad de California §1383.15 and Código de Seguros de
// California §10123.68(a)(1)–(5). `plain` is for the form; `letter` keeps the
// law's key words ("plan de atención", "función corporal") for the letter.

const lawSources = ["hsc-1383.15", "ins-10123.68"];

export const reasons: Translated<typeof english.reasons> = [
  {
    id: "questions-surgery",
    plain: "No sé si la cirugía que me ofrecieron es razonable o necesaria.",
    letter: "Tengo dudas de que la cirugía que mi médico recomendó sea razonable o necesaria.",
    sourceIds: lawSources,
  },
  {
    id: "serious-condition",
    plain:
      "Tengo dudas sobre mi diagnóstico o mi plan de tratamiento. Mi afección podría costarme la vida, una extremidad o una función del cuerpo, o causarme un daño grave. Esto incluye una afección grave de largo plazo.",
    letter:
      "Tengo dudas sobre un diagnóstico o un plan de atención para una afección que pone en peligro mi vida, una extremidad o una función corporal, o que podría causarme una discapacidad grave. Esto incluye una afección crónica grave.",
    sourceIds: lawSources,
  },
  {
    id: "unclear-diagnosis",
    plain: "Mis síntomas no son claros o son complejos, los resultados de mis pruebas no coinciden, o mi médico no encuentra un diagnóstico.",
    letter:
      "Los síntomas de mi afección no son claros, o son complejos y confusos. O mi diagnóstico está en duda porque los resultados de mis pruebas se contradicen. O mi médico tratante no puede diagnosticar mi afección.",
    sourceIds: lawSources,
  },
  {
    id: "not-improving",
    plain:
      "Mi plan de tratamiento no me está ayudando en un tiempo razonable. Quiero otra opinión sobre mi diagnóstico o sobre si debo seguir con este tratamiento.",
    letter:
      "Mi plan de tratamiento no está mejorando mi afección en un tiempo razonable. Quiero una segunda opinión sobre el diagnóstico o sobre si debo seguir con el tratamiento.",
    sourceIds: lawSources,
  },
  {
    id: "concerns-after-trying",
    plain:
      "He intentado seguir mi plan de tratamiento, o he hablado con mi médico sobre dudas serias acerca de mi diagnóstico o mi plan de tratamiento.",
    letter:
      "He intentado seguir el plan de atención, o he hablado con mi primer médico sobre dudas serias acerca del diagnóstico o del plan de atención.",
    sourceIds: lawSources,
  },
  {
    id: "other",
    plain: "Otra razón. La lista de la ley no está completa: otras razones también pueden contar.",
    letter: "",
    sourceIds: lawSources,
  },
];

export function getReason(id: (typeof reasonIds)[number]): (typeof reasons)[number] {
  const reason = reasons.find((candidate) => candidate.id === id);
  if (!reason) throw new Error(`Unknown reason ${id}`);
  return reason;
}
