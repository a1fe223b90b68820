import { describe, expect, it } from "vitest";
import { deadlineText } from "@/content/deadline-text";
import { deadlineText as spanish } from "@/content/es/deadline-text";
import { formatDateTime, formatLongDate } from "@/lib/dates/format";
import { formatDateTime as formatDateTimeEs, formatLongDate as formatLongDateEs } from "@/lib/dates/format-es";
import { expectTranslated, numbersIn } from "./expect-translated";
import { expectTranslatedApart } from "./words-under-data-keys";

// The same deadline, worded as each language's lib/rules/when.ts would word it.
const english = {
  onDay: deadlineText.when.onDay(formatLongDate("2026-12-21")),
  atHour: deadlineText.when.atHour(formatDateTime("2026-12-21", "10:00")),
};
const es = {
  onDay: spanish.when.onDay(formatLongDateEs("2026-12-21")),
  atHour: spanish.when.atHour(formatDateTimeEs("2026-12-21", "10:00")),
};

/** Each function with the sentence it makes from the same sample in both languages. */
const sentences: [name: string, english: string, spanish: string][] = [
  ["when.onDay", english.onDay, es.onDay],
  ["when.atHour", english.atHour, es.atHour],
  ["explanation.countedFrom", deadlineText.explanation.countedFrom(`${deadlineText.countedFrom.today}, ${formatLongDate("2026-12-07")}`), spanish.explanation.countedFrom(`${spanish.countedFrom.today}, ${formatLongDateEs("2026-12-07")}`)],
  ["explanation.lengthFrom", deadlineText.explanation.lengthFrom("5 business days", formatLongDate("2026-12-14")), spanish.explanation.lengthFrom("5 días hábiles", formatLongDateEs("2026-12-14"))],
  ["latest", deadlineText.latest(formatLongDate("2026-12-22")), spanish.latest(formatLongDateEs("2026-12-22"))],
  ["beyondHolidayList", deadlineText.beyondHolidayList("2031, 2032"), spanish.beyondHolidayList("2031, 2032")],
  ["decision.federal.summary", deadlineText.decision.federal.summary(english.onDay), spanish.decision.federal.summary(es.onDay)],
  ["decision.federalUrgent.summary", deadlineText.decision.federalUrgent.summary(english.atHour), spanish.decision.federalUrgent.summary(es.atHour)],
  ["decision.urgent.summary", deadlineText.decision.urgent.summary(english.atHour), spanish.decision.urgent.summary(es.atHour)],
  ["decision.routine.summary", deadlineText.decision.routine.summary(english.onDay), spanish.decision.routine.summary(es.onDay)],
  ["denialNotice.summary", deadlineText.denialNotice.summary(english.onDay), spanish.denialNotice.summary(es.onDay)],
  ["grievanceAnswer.urgent", deadlineText.grievanceAnswer.urgent(english.atHour), spanish.grievanceAnswer.urgent(es.atHour)],
  ["grievanceAnswer.routine", deadlineText.grievanceAnswer.routine(english.onDay), spanish.grievanceAnswer.routine(es.onDay)],
  ["appealAnswer.urgent", deadlineText.appealAnswer.urgent(english.atHour), spanish.appealAnswer.urgent(es.atHour)],
  ["appealAnswer.routine", deadlineText.appealAnswer.routine(english.onDay), spanish.appealAnswer.routine(es.onDay)],
  ["regulator.afterWaiting", deadlineText.regulator.afterWaiting(english.onDay), spanish.regulator.afterWaiting(es.onDay)],
  ["imr.summary", deadlineText.imr.summary(english.onDay), spanish.imr.summary(es.onDay)],
  ["appointment.urgent", deadlineText.appointment.urgent(english.onDay), spanish.appointment.urgent(es.onDay)],
  ["appointment.specialist", deadlineText.appointment.specialist(english.onDay), spanish.appointment.specialist(es.onDay)],
];

describe("the words around each deadline, in Spanish", () => {
  it("translates every word and keeps every number", () => {
    // deadlineText.regulator holds sentences, though "regulator" is a DataKey elsewhere: checked apart.
    expectTranslatedApart(deadlineText, spanish, [["regulator"]], { sameInBoth: [] });
  });

  it("names the units in the singular and the plural", () => {
    expect(spanish.unitWords["business-days"]).toEqual(["día hábil", "días hábiles"]);
    expect(spanish.unitWords["calendar-days"]).toEqual(["día calendario", "días calendario"]);
    expectTranslated(deadlineText.unitWords, spanish.unitWords);
  });

  it.each(sentences)("%s: Spanish words, the same numbers, the Spanish date", (_name, englishText, text) => {
    expect(text).not.toBe(englishText);
    expect(numbersIn(text)).toEqual(numbersIn(englishText));
    expect(text).not.toMatch(/\b(the|by|on or|should|your|December|Monday|business|midnight|noon)\b|a\.m\.|p\.m\./);
    if (/December/.test(englishText)) expect(text).toMatch(/\d{1,2} de diciembre de 2026/);
  });

  it("hedges the date the way the English does", () => {
    expect(es.onDay).toBe("alrededor del lunes, 21 de diciembre de 2026");
    expect(es.atHour).toBe("a más tardar alrededor del lunes, 21 de diciembre de 2026, 10:00 a. m. (hora de California)");
    expect(spanish.regulator.afterWaiting(es.onDay)).toBe(
      "Si el plan no ha resuelto el problema, puede acudir al DMHC a partir de alrededor del lunes, 21 de diciembre de 2026.",
    );
    expect(spanish.imr.summary(es.onDay)).toBe(
      "Envíe su Formulario de Revisión Médica Independiente/Queja a más tardar alrededor del lunes, 21 de diciembre de 2026.",
    );
    // An hour's "a más tardar" is not said twice.
    expect(spanish.imr.summary(es.atHour)).not.toMatch(/a más tardar a más tardar/);
  });
});
