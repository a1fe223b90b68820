import { describe, expect, it } from "vitest";
import { grievanceText } from "@/content/documents/grievance";
import { grievanceText as spanish } from "@/content/es/documents/grievance";
import { formatMediumDate } from "@/lib/dates/format";
import { formatMediumDate as formatMediumDateEs } from "@/lib/dates/format-es";
import { expectCp1252, expectSpanishSentence, stringsIn } from "./document-words";
import { expectTranslated } from "./expect-translated";

const statute = { english: "California Health and Safety Code §1383.15", spanish: "Código de Salud y Seguridad de California §1383.15" };
const grievanceSection = {
  english: "California Health and Safety Code §1368.01; 28 CCR §1300.68",
  spanish: "Código de Salud y Seguridad de California §1368.01; Código de Reglamentos de California, Título 28, §1300.68",
};
const urgentSection = {
  english: "California Health and Safety Code §1368.01(b); 28 CCR §1300.68.01",
  spanish: "Código de Salud y Seguridad de California §1368.01(b); Código de Reglamentos de California, Título 28, §1300.68.01",
};

describe("the grievance letter, in Spanish", () => {
  it("translates every word and keeps every number", () => {
    expectTranslated(grievanceText, spanish);
    expectCp1252(stringsIn(spanish));
  });

  it("says grievance and appeal the way California plans do", () => {
    expect(spanish.title).toContain("Queja formal");
    expect(spanish.mediCal.title).toContain("Queja y apelación");
    expect(spanish.attention).toBe("Atención: Departamento de Quejas y Apelaciones");
  });

  it("opens with or without the statute", () => {
    for (const opening of ["denied", "noAnswer"] as const) {
      for (const words of [grievanceText, grievanceText.mediCal]) {
        const es = words === grievanceText ? spanish.opening[opening] : spanish.mediCal.opening[opening];
        expectSpanishSentence(words.opening[opening](statute.english), es(statute.spanish));
        expect(es(statute.spanish)).toContain(", que hice conforme al Código de Salud y Seguridad de California §1383.15.");
        expectSpanishSentence(words.opening[opening](undefined), es(undefined));
        expect(es(undefined)).toMatch(/segunda opinión médica\.$/);
      }
    }
    expect(spanish.opening.denied(undefined)).toBe("Presento una queja formal porque ustedes negaron mi solicitud de una segunda opinión médica.");
  });

  it("keeps the clocks' lengths and citations in the asks", () => {
    const length = { english: "30 calendar days", spanish: "30 días calendario" };
    const urgentLength = { english: "3 calendar days", spanish: "3 días calendario" };
    expectSpanishSentence(grievanceText.grievanceSection(grievanceSection.english), spanish.grievanceSection(grievanceSection.spanish));
    expectSpanishSentence(
      grievanceText.asks.answerWithin(length.english, grievanceSection.english),
      spanish.asks.answerWithin(length.spanish, grievanceSection.spanish),
    );
    expect(spanish.asks.answerWithin(length.spanish, grievanceSection.spanish)).toBe(
      "Envíenme su decisión por escrito sobre esta queja formal en un plazo de 30 días calendario después de recibirla (Código de Salud y Seguridad de California §1368.01; Código de Reglamentos de California, Título 28, §1300.68).",
    );
    expectSpanishSentence(
      grievanceText.asks.urgentWithin(urgentLength.english, urgentSection.english),
      spanish.asks.urgentWithin(urgentLength.spanish, urgentSection.spanish),
    );
    expectSpanishSentence(
      grievanceText.asks.urgentDecisionWithin("72 hours", "California Insurance Code §10169"),
      spanish.asks.urgentDecisionWithin("72 horas", "Código de Seguros de California §10169"),
    );
    expectSpanishSentence(
      grievanceText.regulator.afterWaiting(length.english, grievanceSection.english),
      spanish.regulator.afterWaiting(length.spanish, grievanceSection.spanish),
    );
    expect(spanish.regulator.afterWaiting(length.spanish, grievanceSection.spanish)).toContain("Departamento de Atención Médica Administrada (DMHC)");
    expectSpanishSentence(grievanceText.regulator.urgent(urgentSection.english), spanish.regulator.urgent(urgentSection.spanish));
  });

  it("writes the calls and the enclosures with Spanish dates", () => {
    expectSpanishSentence(grievanceText.call.spokeTo("María"), spanish.call.spokeTo("María"));
    expectSpanishSentence(grievanceText.call.reference("A-20270308-114"), spanish.call.reference("A-20270308-114"));
    expectSpanishSentence(grievanceText.call.said("a decision in 5 days"), spanish.call.said("una decisión en 5 días"));

    const sent = spanish.enclosures.request(formatMediumDateEs("2027-03-08"));
    expectSpanishSentence(grievanceText.enclosures.request(formatMediumDate("2027-03-08")), sent);
    expect(sent).toBe("Una copia de mi solicitud de segunda opinión, enviada el 8 de marzo de 2027");
    const denial = spanish.enclosures.denial(formatMediumDateEs("2027-03-22"));
    expectSpanishSentence(grievanceText.enclosures.denial(formatMediumDate("2027-03-22")), denial);
    expect(denial).toBe("Una copia de su denegación por escrito con fecha del 22 de marzo de 2027");
    expectSpanishSentence(grievanceText.enclosures.request(undefined), spanish.enclosures.request(undefined));
    expectSpanishSentence(grievanceText.enclosures.denial(undefined), spanish.enclosures.denial(undefined));
  });
});
