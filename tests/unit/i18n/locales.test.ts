import { describe, expect, it } from "vitest";
import { localeOfPath, localePath, otherLocale, pathWithoutLocale } from "@/lib/i18n/locales";

describe("addresses in each language", () => {
  it.each([
    ["en", "/", "/"],
    ["en", "/rights", "/rights"],
    ["es", "/", "/es"],
    ["es", "/rights", "/es/rights"],
    ["es", "/request/submit/documents", "/es/request/submit/documents"],
  ] as const)("%s %s is at %s, and reads back", (locale, path, address) => {
    expect(localePath(locale, path)).toBe(address);
    expect(localeOfPath(address)).toBe(locale);
    expect(pathWithoutLocale(address)).toBe(path);
  });

  it("does not mistake an English page that starts with the letters 'es' for Spanish", () => {
    expect(localeOfPath("/estimate")).toBe("en");
    expect(pathWithoutLocale("/estimate")).toBe("/estimate");
  });

  it("offers the other language", () => {
    expect(otherLocale("en")).toBe("es");
    expect(otherLocale("es")).toBe("en");
  });
});
