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
});
