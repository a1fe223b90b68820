import { describe, expect, it } from "vitest";
import { ifDeniedText, nextStepsText, reminderText } from "@/content/next-steps";
import { ifDeniedText as spanishIfDenied, nextStepsText as spanish, reminderText as spanishReminders } from "@/content/es/next-steps";
import { formatDateTime as englishDateTime, formatLongDate as englishDate } from "@/lib/dates/format";
import { formatDateTime, formatLongDate } from "@/lib/dates/format-es";
import { expectTranslated, numbersIn } from "./expect-translated";

// The dates these templates receive, as the callers write them: a long date, or
// a date "as the rules word it" (on or about / by about an hour).
const day = "2027-03-08";
const englishLong = englishDate(day);
const spanishLong = formatLongDate(day);
const englishWhen = `on or about ${englishLong}`;
const spanishWhen = `alrededor del ${spanishLong}`;
const englishHour = `by about ${englishDateTime(day, "15:00")}`;
const spanishHour = `hacia las ${formatDateTime(day, "15:00")}`;

/** The Spanish sentence carries the same numbers, is not the English one, and shows the Spanish date. */
function expectSameNumbers(englishText: string, spanishText: string, spanishDate: string) {
  expect(spanishText).not.toBe(englishText);
  expect(numbersIn(spanishText)).toEqual(numbersIn(englishText));
  expect(spanishText).toContain(spanishDate);
  expect(spanishText).not.toMatch(/March|Monday|on or about|by about/);
}

describe("what to do next, in Spanish", () => {
  it("translates every word", () => {
    expectTranslated(nextStepsText, spanish);
    expectTranslated(reminderText, spanishReminders);
    expectTranslated(ifDeniedText, spanishIfDenied);
  });

  it("fills in the dates in Spanish, with the same numbers", () => {
    const pairs: [string, string, string][] = [
      [nextStepsText.notLateYet.likely(englishWhen), spanish.notLateYet.likely(spanishWhen), spanishWhen],
      [nextStepsText.notLateYet.likely(englishHour), spanish.notLateYet.likely(spanishHour), spanishHour],
      [nextStepsText.notLateYet.latest(englishLong), spanish.notLateYet.latest(spanishLong), spanishLong],
      [nextStepsText.notLateYet.planGiven(englishLong), spanish.notLateYet.planGiven(spanishLong), spanishLong],
      [nextStepsText.pastLikely(englishLong), spanish.pastLikely(spanishLong), spanishLong],
      [nextStepsText.overdue.lead(englishWhen), spanish.overdue.lead(spanishWhen), spanishWhen],
      [nextStepsText.overdue.latest(englishLong), spanish.overdue.latest(spanishLong), spanishLong],
      [nextStepsText.overdue.planGiven(englishLong), spanish.overdue.planGiven(spanishLong), spanishLong],
      [nextStepsText.overdue.planGivenNotInWriting(englishLong), spanish.overdue.planGivenNotInWriting(spanishLong), spanishLong],
    ];
    for (const [englishText, spanishText, spanishDate] of pairs) expectSameNumbers(englishText, spanishText, spanishDate);
    expect(spanish.overdue.lead(spanishWhen)).toBe("El plan debería haber decidido alrededor del lunes, 8 de marzo de 2027. No tenemos ninguna respuesta anotada.");
  });

  it("writes the call script in Spanish, with the member's details or placeholders", () => {
    const full = { name: " Ana Ruiz ", memberId: "XZ123456789", due: englishHour, urgent: true };
    const englishLines = nextStepsText.callScript.lines({ ...full, received: englishLong });
    const spanishLines = spanish.callScript.lines({ ...full, due: spanishHour, received: spanishLong });
    expect(spanishLines).toHaveLength(englishLines.length);
    spanishLines.forEach((line, index) => {
      expect(line).not.toBe(englishLines[index]);
      expect(numbersIn(line)).toEqual(numbersIn(englishLines[index]!));
    });
    expect(spanishLines[0]).toBe("Hola. Me llamo Ana Ruiz, y mi número de identificación de miembro es XZ123456789.");
    expect(spanishLines[1]).toBe("Pedí una segunda opinión médica, como solicitud urgente. Ustedes recibieron mi solicitud el lunes, 8 de marzo de 2027.");
    expect(spanishLines[2]).toContain(spanishHour);

    const bare = spanish.callScript.lines({ due: spanishWhen, urgent: false });
    expect(bare[0]).toBe("Hola. Me llamo [su nombre], y mi número de identificación de miembro es [su número de identificación de miembro].");
    expect(bare[1]).toBe("Pedí una segunda opinión médica.");
  });

  it("labels each reminder download in Spanish", () => {
    for (const kind of ["decisionDue", "followUpCall", "planLate", "grievanceAnswerDue", "imrApplyBy"] as const) {
      const englishText = nextStepsText.reminders.download(reminderText[kind].label);
      const spanishText = spanish.reminders.download(spanishReminders[kind].label);
      expect(spanishText).toBe(`Descargar un recordatorio para ${spanishReminders[kind].label}`);
      expect(spanishText).not.toBe(englishText);
    }
  });

  it("describes each calendar reminder in Spanish, with the Spanish date", () => {
    for (const kind of ["decisionDue", "followUpCall", "planLate", "grievanceAnswerDue", "imrApplyBy"] as const) {
      for (const [englishArg, spanishArg] of [[englishWhen, spanishWhen], [englishHour, spanishHour]] as const) {
        expectSameNumbers(reminderText[kind].description(englishArg), spanishReminders[kind].description(spanishArg), spanishArg);
      }
    }
    expect(spanishReminders.imrApplyBy.description(spanishWhen)).toBe(
      "Solicite una Revisión Médica Independiente alrededor del lunes, 8 de marzo de 2027. No espere hasta el último día.",
    );
  });

  it("names the calendar files in plain ASCII, like the English ones", () => {
    for (const kind of ["decisionDue", "followUpCall", "planLate", "grievanceAnswerDue", "imrApplyBy"] as const) {
      expect(spanishReminders[kind].fileName).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    }
  });
});
