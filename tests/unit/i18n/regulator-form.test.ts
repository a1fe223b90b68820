import { describe, expect, it } from "vitest";
import { regulatorFormSources, regulatorFormText } from "@/content/documents/regulator-form";
import { regulatorFormSources as spanishSources, regulatorFormText as spanish } from "@/content/es/documents/regulator-form";
import { formatMediumDate } from "@/lib/dates/format";
import { formatMediumDate as formatMediumDateEs } from "@/lib/dates/format-es";
import { expectCp1252, expectSpanishSentence, stringsIn } from "./document-words";
import { expectTranslated } from "./expect-translated";

const date = { english: formatMediumDate("2027-03-08"), spanish: formatMediumDateEs("2027-03-08") };

describe("the answers for the regulator's form, in Spanish", () => {
  it("translates every word and keeps every number", () => {
    expectTranslated(regulatorFormText, spanish);
    expectCp1252(stringsIn(spanish));
  });

  it("keeps the same contacts and clock", () => {
    expect(spanishSources).toEqual(regulatorFormSources);
    expectTranslated(regulatorFormSources, spanishSources);
  });

  it("keeps the 6 months and the 18 years", () => {
    expect(spanish.deadlineUnknown).toContain("6 meses");
    expect(spanish.labels.guardian).toContain("18 años");
  });

  it("drafts the description in Spanish, in the member's words, for DMHC and CDI", () => {
    for (const regulator of ["dmhc", "cdi"] as const) {
      const en = regulatorFormText[regulator].description;
      const es = spanish[regulator].description;
      const full = { sent: date.english, plan: "Blue Shield of California", doctor: "Dr. Ana Ruiz", condition: "breast cancer" };
      const completo = { sent: date.spanish, plan: "Blue Shield of California", doctor: "Dra. Ana Ruiz", condition: "cáncer de mama" };
      expectSpanishSentence(en.asked(full), es.asked(completo));
      expect(es.asked(completo)).toBe(
        "El 8 de marzo de 2027 le pedí a Blue Shield of California que cubriera una segunda opinión médica con Dra. Ana Ruiz sobre mi condición médica: cáncer de mama.",
      );
      expectSpanishSentence(en.asked({ plan: "my health plan" }), es.asked({ plan: "mi plan de salud" }));
      expect(es.asked({ plan: "mi plan de salud" })).toBe("Le pedí a mi plan de salud que cubriera una segunda opinión médica.");

      expectSpanishSentence(en.deniedBecause(date.english, "not medically necessary"), es.deniedBecause(date.spanish, "no es médicamente necesaria"));
      expect(es.deniedBecause(date.spanish, "no es médicamente necesaria")).toBe(
        "El plan negó mi solicitud el 8 de marzo de 2027. Dijo: “no es médicamente necesaria”",
      );
      expectSpanishSentence(en.deniedBecause(undefined, "x"), es.deniedBecause(undefined, "x"));
      expectSpanishSentence(en.deniedNoReason(date.english), es.deniedNoReason(date.spanish));
      expectSpanishSentence(en.deniedNoReason(undefined), es.deniedNoReason(undefined));
      const due = { english: "Monday, March 15, 2027, 3:00 PM (California time)", spanish: "lunes, 15 de marzo de 2027, 3:00 p. m. (hora de California)" };
      expectSpanishSentence(en.noDecision(due.english), es.noDecision(due.spanish));
      expect(es.noDecision(due.spanish)).toBe("El plan no ha decidido. Debió decidir a más tardar el lunes, 15 de marzo de 2027, 3:00 p. m. (hora de California).");
      expectSpanishSentence(en.noDecision(undefined), es.noDecision(undefined));
      expectSpanishSentence(en.moreInfo("my 2026 lab results"), es.moreInfo("mis análisis de laboratorio de 2026"));
      expectSpanishSentence(en.moreInfo(undefined), es.moreInfo(undefined));
      expectSpanishSentence(en.moreInfoReceived(date.english), es.moreInfoReceived(date.spanish));
      expectSpanishSentence(en.grievanceFiled(date.english), es.grievanceFiled(date.spanish));
      expectSpanishSentence(en.grievanceAnswered(date.english), es.grievanceAnswered(date.spanish));
      expectSpanishSentence(en.wants("Dr. Ana Ruiz"), es.wants("Dra. Ana Ruiz"));
      expectSpanishSentence(en.wants(undefined), es.wants(undefined));
    }
    expect(spanish.dmhc.description.grievanceFiled(date.spanish)).toBe("Presenté una queja formal ante el plan el 8 de marzo de 2027.");
    expect(spanish.cdi.description.grievanceFiled(date.spanish)).toBe("Presenté una apelación ante la aseguradora el 8 de marzo de 2027.");
  });

  it("gives the last day in Spanish", () => {
    const last = spanish.deadline(formatMediumDateEs("2027-09-22"));
    expectSpanishSentence(regulatorFormText.deadline(formatMediumDate("2027-09-22")), last);
    expect(last).toBe("El último día para enviarlo: 22 de septiembre de 2027.");
  });
});
