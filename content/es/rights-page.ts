import type { HolidayRule } from "@/content/legal/holidays";
import type { rightsPageText as english } from "@/content/rights-page";
import type { Translated } from "@/lib/i18n/translated";

const MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
const WEEKDAYS = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"];
const ORDINALS = ["", "Primer", "Segundo", "Tercer", "Cuarto"];

export const rightsPageText: Translated<typeof english> = {
  title: "Sus derechos",
  heading: "Sus derechos a una segunda opinión en California",
  lead: "La mayoría de los planes de salud de California deben cubrir una segunda opinión de otro médico calificado. Las reglas dependen de quién otorga la licencia a su plan, no de si se llama HMO o PPO.",
  regulatorFinderLink: "Cómo saber quién regula su plan",
  anyPlanHeading: "Sus derechos, en cualquier plan cubierto",
  whoHeading: "Quién puede dar la opinión",
  whoAlsoDepends: "A quién puede elegir también depende de quién otorga la licencia a su plan: vea la comparación más abajo.",
  outOfNetworkHeading: "Fuera de la red",
  reasonsHeading: "Razones que nombra la ley",
  reasonsIntro: "La ley nombra estas razones. La lista no está completa: otras razones también pueden contar.",
  sideBySideHeading: "Comparación",
  columns: {
    dmhc: { heading: "Plan con licencia del DMHC", note: "Todos los HMO, y muchos planes PPO, EPO y POS." },
    cdi: { heading: "Póliza de seguro regulada por el CDI", note: "Muchas pólizas de seguro PPO tradicionales." },
    notCovered: {
      heading: "No cubiertos por esta ley",
      note: "Original Medicare, Medicare Advantage, planes del trabajo autofinanciados, Medi-Cal de pago por servicio, TRICARE y el VA.",
    },
  },
  lawAppliesHeading: "¿Se aplica la ley?",
  lawHeading: "La ley",
  deadlinesHeading: "Plazos",
  howToTellHeading: "Cómo saberlo",
  whoToCallHeading: "A quién llamar",
  freeHelpHeading: "Ayuda gratis",
  countingHeading: "Cómo contamos los días",
  countingIntro: "Los días hábiles no cuentan los sábados, los domingos ni los días feriados del estado de California. Mostramos dos fechas para cada plazo en días hábiles:",
  likelyDate: "La fecha probable.",
  latestDate: "La fecha más tardía.",
  clockHours: "Las horas son horas seguidas: 72 horas desde el viernes a las 3 p. m. es el lunes a las 3 p. m.",
  holidaysHeading: "Días feriados del estado de California",
  stateOfficesClose: "(cierran las oficinas del estado)",
  holidayRule(rule: HolidayRule): string {
    switch (rule.kind) {
      case "fixed":
        return `${rule.day} de ${MONTHS[rule.month - 1]}`;
      case "nth-weekday":
        return rule.daysAfter
          ? `El día después del ${ORDINALS[rule.n]?.toLowerCase()} ${WEEKDAYS[rule.weekday]} de ${MONTHS[rule.month - 1]}`
          : `${ORDINALS[rule.n]} ${WEEKDAYS[rule.weekday]} de ${MONTHS[rule.month - 1]}`;
      case "last-weekday":
        return `Último ${WEEKDAYS[rule.weekday]} de ${MONTHS[rule.month - 1]}`;
      case "listed":
        return "Cambia cada año";
    }
  },
};
