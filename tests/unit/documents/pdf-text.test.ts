import { describe, expect, it, vi } from "vitest";
import { checklistFileName, letterFileName } from "@/lib/documents/file-names";
import { lastNameSlug } from "@/lib/documents/name-slug";
import { toMetadataText, toPdfText, undrawableCharacters } from "@/lib/documents/pdf-text";

describe("text as Helvetica can draw it", () => {
  it("keeps Latin-1 and typographic characters as typed", () => {
    const text = "María José Núñez, Zoë Œuvre — “quoted” 5 € … naïve façade ß Ø";
    expect(toPdfText(text)).toBe(text);
  });

  it("keeps the letter when Helvetica lacks its accent", () => {
    expect(toPdfText("Łódź Dvořák őrült Việt İstanbul")).toBe("Lódz Dvorák orült Viet Istanbul");
  });

  it("leaves emoji out and marks other scripts with ?", () => {
    expect(toPdfText("pain 😟👍🏽 today")).toBe("pain today");
    expect(toPdfText("שלום world")).toBe("???? world");
    expect(toPdfText("医生")).toBe("??");
  });

  it("turns tabs and odd spaces into spaces and drops invisible characters", () => {
    expect(toPdfText("a\tb\u2003c\u200bd\r\ne")).toBe("a b cd\ne");
  });

  it("names the characters the PDF cannot show, once each", () => {
    expect(undrawableCharacters(["Hi 😟 שלום", "😟 Łódź", undefined])).toEqual(["😟", "ש", "ל", "ו", "ם"]);
    expect(undrawableCharacters(["Plain text, café, “quotes” — fine"])).toEqual([]);
  });

  it("looks no closer at answers Helvetica can draw as typed (a grapheme segmenter is slow to make)", async () => {
    vi.resetModules(); // a fresh module, with no segmenter made by the cases above
    const fresh = await import("@/lib/documents/pdf-text");
    const RealSegmenter = Intl.Segmenter;
    const made = vi.spyOn(Intl, "Segmenter").mockImplementation(function (locales, options) {
      return new RealSegmenter(locales, options);
    });
    try {
      expect(fresh.undrawableCharacters(["Plain text, café, “quotes” — fine", "Line one\nline two", undefined, ""])).toEqual([]);
      expect(made).not.toHaveBeenCalled();
      expect(fresh.undrawableCharacters(["Łódź 😟"])).toEqual(["😟"]);
      expect(made).toHaveBeenCalledTimes(1);
    } finally {
      made.mockRestore();
    }
  });

  it("keeps metadata in Unicode but well formed and short", () => {
    expect(toMetadataText("María 😟 שלום")).toBe("María 😟 שלום");
    expect(toMetadataText("a\uD800b")).toBe("a\uFFFDb");
    expect([...(toMetadataText("x".repeat(500)) ?? "")]).toHaveLength(200);
  });
});

describe("file names", () => {
  it("uses the last name and the date", () => {
    expect(letterFileName("María José García-López", "2026-11-26")).toBe("second-opinion-request-garcia-lopez-2026-11-26.pdf");
    expect(checklistFileName("Thomas Nguyen", "2026-11-26")).toBe("second-opinion-checklist-nguyen-2026-11-26.pdf");
  });

  it("leaves the name out when there is none it can use", () => {
    expect(letterFileName(undefined, "2026-11-26")).toBe("second-opinion-request-2026-11-26.pdf");
    expect(letterFileName("  ", "2026-11-26")).toBe("second-opinion-request-2026-11-26.pdf");
    expect(lastNameSlug("李 小龙")).toBe("");
    expect(lastNameSlug("O'Brien")).toBe("o-brien");
  });
});
