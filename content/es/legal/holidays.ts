import type { californiaHolidayCalendar as englishCalendar, HolidayCalendar } from "@/content/legal/holidays";
import type { Translated } from "@/lib/i18n/translated";

// The Spanish twin of content/legal/holidays.ts: the holiday names, notes and
// tier texts in Spanish; every id, rule, date and source exactly as in the
// English calendar (tests/unit/i18n/holidays.test.ts checks it). The rules are
// copied, not imported, so a Spanish page does not load the English words.

const MON = 1;
const THU = 4;
const FRI = 5;

const recentlyAdded = "Se agregó a la lista hace poco; verifique si su plan lo toma como día feriado.";

// Also a HolidayCalendar, so lib/dates/california-holidays.ts can count with it
// and name the skipped holidays in Spanish.
export const californiaHolidayCalendar: HolidayCalendar & Translated<typeof englishCalendar> = {
  name: "Días feriados del estado de California",
  sourceIds: ["gov-6700", "gov-6701", "gov-19853"],
  holidays: [
    { id: "new-years-day", name: "Día de Año Nuevo", rule: { kind: "fixed", month: 1, day: 1 }, sundayToMonday: true, stateOfficesClose: true },
    {
      id: "martin-luther-king-jr-day",
      name: "Día de Martin Luther King Jr.",
      rule: { kind: "nth-weekday", month: 1, weekday: MON, n: 3 },
      stateOfficesClose: true,
    },
    {
      id: "lunar-new-year",
      name: "Año Nuevo Lunar",
      rule: {
        kind: "listed",
        dates: [
          "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03",
          "2031-01-23", "2032-02-11", "2033-01-31", "2034-02-19", "2035-02-08", "2036-01-28",
        ],
      },
      note: recentlyAdded,
    },
    { id: "lincoln-day", name: "Día de Lincoln", rule: { kind: "fixed", month: 2, day: 12 }, sundayToMonday: true },
    { id: "presidents-day", name: "Día de los Presidentes", rule: { kind: "nth-weekday", month: 2, weekday: MON, n: 3 }, stateOfficesClose: true },
    { id: "cesar-chavez-day", name: "Día de César Chávez", rule: { kind: "fixed", month: 3, day: 31 }, sundayToMonday: true, stateOfficesClose: true },
    { id: "genocide-remembrance-day", name: "Día de Conmemoración del Genocidio", rule: { kind: "fixed", month: 4, day: 24 }, note: recentlyAdded },
    { id: "memorial-day", name: "Día de los Caídos", rule: { kind: "last-weekday", month: 5, weekday: MON }, stateOfficesClose: true },
    { id: "juneteenth", name: "Juneteenth", rule: { kind: "fixed", month: 6, day: 19 }, note: recentlyAdded },
    { id: "independence-day", name: "Día de la Independencia", rule: { kind: "fixed", month: 7, day: 4 }, sundayToMonday: true, stateOfficesClose: true },
    { id: "labor-day", name: "Día del Trabajo", rule: { kind: "nth-weekday", month: 9, weekday: MON, n: 1 }, stateOfficesClose: true },
    { id: "admission-day", name: "Día de la Admisión de California", rule: { kind: "fixed", month: 9, day: 9 }, sundayToMonday: true },
    { id: "native-american-day", name: "Día de los Nativos Americanos", rule: { kind: "nth-weekday", month: 9, weekday: FRI, n: 4 } },
    { id: "second-monday-october", name: "Segundo lunes de octubre", rule: { kind: "nth-weekday", month: 10, weekday: MON, n: 2 } },
    {
      id: "diwali",
      name: "Diwali",
      rule: {
        kind: "listed",
        since: 2026,
        dates: [
          "2026-11-08", "2027-10-29", "2028-10-17", "2029-11-05", "2030-10-26", "2031-11-14",
          "2032-11-02", "2033-10-22", "2034-11-10", "2035-10-30", "2036-10-19",
        ],
      },
      note: recentlyAdded,
    },
    { id: "veterans-day", name: "Día de los Veteranos", rule: { kind: "fixed", month: 11, day: 11 }, sundayToMonday: true, stateOfficesClose: true },
    {
      id: "thanksgiving-day",
      name: "Día de Acción de Gracias",
      rule: { kind: "nth-weekday", month: 11, weekday: THU, n: 4 },
      note: "Se fija cada año por proclamación.",
      stateOfficesClose: true,
    },
    {
      id: "day-after-thanksgiving",
      name: "Día después de Acción de Gracias",
      rule: { kind: "nth-weekday", month: 11, weekday: THU, n: 4, daysAfter: 1 },
      note: "No está en el Código de Gobierno de California §6700, pero las oficinas estatales cierran (CalHR).",
      stateOfficesClose: true,
    },
    { id: "christmas-day", name: "Día de Navidad", rule: { kind: "fixed", month: 12, day: 25 }, sundayToMonday: true, stateOfficesClose: true },
  ],
  observedDayRule: {
    saturdayToFriday: ["veterans-day"],
    text: "Siete días feriados de fecha fija (1 de enero, 12 de febrero, 31 de marzo, 4 de julio, 9 de septiembre, 11 de noviembre y 25 de diciembre) pasan al lunes cuando caen en domingo. El Día de los Veteranos (11 de noviembre), si cae en sábado, pasa al viernes anterior.",
    sourceId: "gov-6701",
  },
  tiers: {
    likely: "Contando los días en que cierran las oficinas estatales. La mayoría de los planes usan un calendario como este.",
    latest: "A más tardar, si su plan cuenta todos los días feriados estatales.",
  },
  caveat:
    "Ninguna ley define “día hábil” para estos plazos, y los planes pueden usar sus propios calendarios. Las fechas contadas en días hábiles son aproximadas (“alrededor del”): anote la fecha que le dé su plan.",
};
