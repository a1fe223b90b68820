import { describe, expect, it } from "vitest";
import { authorizationNotes, authorizationPageText, authorizationText } from "@/content/documents/authorization";
import {
  authorizationNotes as spanishNotes,
  authorizationPageText as spanishPageText,
  authorizationText as spanishText,
} from "@/content/es/documents/authorization";
import { formatMediumDate } from "@/lib/dates/format";
import { formatMediumDate as formatMediumDateEs } from "@/lib/dates/format-es";
import { expectCp1252, expectSpanishSentence, stringsIn } from "./document-words";
import { expectTranslated } from "./expect-translated";

describe("the helper's authorization, in Spanish", () => {
  it("translates every word and keeps every source", () => {
    expectTranslated(authorizationText, spanishText);
    expectTranslated(authorizationNotes, spanishNotes);
    expectTranslated(authorizationPageText, spanishPageText);
    expectCp1252(stringsIn([spanishText, spanishNotes, spanishPageText]));
  });

  it("names DMHC's form as DMHC names it in Spanish", () => {
    expect(spanishNotes.dmhcForm.text).toContain("Formulario de Asistente Autorizado");
    expect(spanishNotes.dmhcForm.text).toContain("Formulario de Revisión Médica Independiente/Queja");
  });

  it("dates the authorization in Spanish", () => {
    const until = spanishText.until(formatMediumDateEs("2027-09-08"));
    expectSpanishSentence(authorizationText.until(formatMediumDate("2027-09-08")), until);
    expect(until).toBe("Es válida hasta el 8 de septiembre de 2027, a menos que yo la retire por escrito antes de esa fecha.");
  });

  it("lists the enclosure in Spanish", () => {
    expectSpanishSentence(authorizationText.enclosure("Ana Sánchez"), spanishText.enclosure("Ana Sánchez"));
    expect(spanishText.enclosure("Ana Sánchez")).toBe("Autorización para Ana Sánchez");
  });
});
