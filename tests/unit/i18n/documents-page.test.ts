import { describe, expect, it } from "vitest";
import { documentsPageText, downloadText, printViewText } from "@/content/documents/page";
import {
  documentsPageText as spanishPageText,
  downloadText as spanishDownloadText,
  printViewText as spanishPrintViewText,
} from "@/content/es/documents/page";
import { expectCp1252, expectSpanishSentence, stringsIn } from "./document-words";
import { expectTranslated, numbersIn } from "./expect-translated";

describe("the Documents page, downloads and print views, in Spanish", () => {
  it("translates every word", () => {
    expectTranslated(documentsPageText, spanishPageText);
    expectTranslated(downloadText, spanishDownloadText);
    expectTranslated(printViewText, spanishPrintViewText);
    expectCp1252(stringsIn([spanishPageText, spanishDownloadText, spanishPrintViewText]));
  });

  it("calls the plan booklet by its Spanish name", () => {
    expect(spanishDownloadText.grievance.description).toContain("Evidencia de Cobertura");
  });

  it("announces each download in Spanish, with the file's name unchanged", () => {
    const fileName = "second-opinion-request-ruiz-2027-03-08.pdf";
    for (const kind of ["letter", "checklist", "grievance", "timeline", "regulatorForm", "authorization"] as const) {
      const done = spanishDownloadText[kind].done(fileName);
      expectSpanishSentence(downloadText[kind].done(fileName), done);
      expect(done.endsWith(`: ${fileName}`)).toBe(true);
    }
  });

  it("lists the characters the PDFs cannot show", () => {
    const characters = "ł, 😀, 漢";
    const unshown = spanishDownloadText.unshown(characters);
    expect(numbersIn(unshown)).toEqual([]);
    expect(unshown).toContain(`estos caracteres que usted escribió: ${characters}.`);
    expect(unshown).not.toBe(downloadText.unshown(characters));
    // Everything but the member's own characters is Windows-1252.
    expectCp1252([unshown.replace(characters, "")]);
  });

  it("offers the letters in the other language, and on Spanish pages says either language may be sent", () => {
    const fileName = "second-opinion-request-ruiz-2027-03-08.pdf";
    for (const kind of ["letter", "grievance"] as const) {
      const words = spanishDownloadText.otherLanguage[kind];
      expect(words.download).toContain("en inglés");
      // Either language may be sent; in English, keep the Spanish copy to know what it says. No claim about what the plan must accept.
      expect(words.note).toMatch(/en inglés o en español/);
      expect(words.note).toMatch(/guarde la copia en español para saber lo que dice/);
      expect(words.note).not.toMatch(/debe aceptar|más rápid/);
      expect(downloadText.otherLanguage[kind].download).toContain("in Spanish");
      expectSpanishSentence(downloadText.otherLanguage[kind].done(fileName), words.done(fileName));
      expect(words.done(fileName).endsWith(`: ${fileName}`)).toBe(true);
    }
  });
});
