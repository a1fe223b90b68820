import { describe, expect, it } from "vitest";
import { timelineText } from "@/content/timeline";
import { timelineText as spanish } from "@/content/es/timeline";
import { formatLongDate } from "@/lib/dates/format-es";
import { expectTranslated, numbersIn } from "./expect-translated";

/** The Spanish sentence carries the same numbers and is not the English one. */
function expectSpanish(englishText: string, spanishText: string) {
  expect(spanishText).not.toBe(englishText);
  expect(numbersIn(spanishText)).toEqual(numbersIn(englishText));
}

describe("my case so far, in Spanish", () => {
  it("translates every word", () => {
    // "Plan" is the Spanish word too (plan de salud).
    expectTranslated(timelineText, spanish, { sameInBoth: ["Plan"] });
  });

  it("fills in the member's details in Spanish", () => {
    expectSpanish(timelineText.heading("Ana Ruiz"), spanish.heading("Ana Ruiz"));
    expect(spanish.heading("Ana Ruiz")).toBe("Solicitud de segunda opinión: Ana Ruiz");
    expectSpanish(timelineText.heading(undefined), spanish.heading(undefined));
    expectSpanish(timelineText.events.doctor("Dr. Lee"), spanish.events.doctor("Dr. Lee"));
    expectSpanish(timelineText.events.doctor(undefined), spanish.events.doctor(undefined));
    expectSpanish(timelineText.events.sent(timelineText.sentMethods.fax), spanish.events.sent(spanish.sentMethods.fax));
    expect(spanish.events.sent(spanish.sentMethods.mail)).toBe("Envié mi solicitud por correo");
    expectSpanish(timelineText.events.sent(undefined), spanish.events.sent(undefined));
    expectSpanish(timelineText.details.condition("knee pain"), spanish.details.condition("dolor de rodilla"));
    expectSpanish(timelineText.details.spokeTo("Maria"), spanish.details.spokeTo("Maria"));
    expectSpanish(timelineText.details.reference("A-1234"), spanish.details.reference("A-1234"));
    expect(spanish.details.reference("A-1234")).toBe("Número de referencia: A-1234.");
    expectSpanish(timelineText.details.said("call back in 5 days"), spanish.details.said("volver a llamar en 5 días"));
    expectSpanish(timelineText.details.reason("not medically necessary"), spanish.details.reason("no es médicamente necesario"));
    expectSpanish(timelineText.details.asked("lab results"), spanish.details.asked("resultados de laboratorio"));
    expectSpanish(timelineText.details.howWorkedOut("5 business days"), spanish.details.howWorkedOut("5 días hábiles"));
    expectSpanish(
      timelineText.details.source("Health and Safety Code §1383.15"),
      spanish.details.source("Código de Salud y Seguridad de California §1383.15"),
    );
  });

  it("says an approximate date in Spanish", () => {
    expect(`${spanish.onOrAbout} ${formatLongDate("2027-03-08")}`).toBe("alrededor del lunes, 8 de marzo de 2027");
  });
});
