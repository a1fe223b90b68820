import { describe, expect, it } from "vitest";
import { documentFrameText } from "@/content/documents/frame";
import { documentFrameText as spanishFrameText } from "@/content/es/documents/frame";
import { expectCp1252, stringsIn } from "./document-words";
import { expectTranslated } from "./expect-translated";

describe("the words around the documents, in Spanish", () => {
  it("translates every word", () => {
    expectTranslated(documentFrameText, spanishFrameText, { sameInBoth: [] });
    expectCp1252(stringsIn([spanishFrameText]));
  });

  it("numbers the pages in Spanish", () => {
    expect(spanishFrameText.pageOf(2, 3)).toBe("Página 2 de 3");
    expect(documentFrameText.pageOf(2, 3)).toBe("Page 2 of 3");
  });

  it("names the files with lowercase ASCII words and hyphens only", () => {
    for (const word of Object.values(spanishFrameText.fileNames)) expect(word).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});
