import { describe, expect, it } from "vitest";
import { localeOfPath, localePath, localizedHref, otherLocale, pathWithoutLocale } from "@/lib/i18n/locales";

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

describe("links on a page keep the page's language", () => {
  it.each([
    ["es", "/request/plan", "/es/request/plan"],
    ["es", "/request/plan?change=1#plan-name", "/es/request/plan?change=1#plan-name"],
    ["es", "/", "/es"],
    ["es", "/es/rights", "/es/rights"],
    ["es", "#main-content", "#main-content"],
    ["es", "https://www.dmhc.ca.gov", "https://www.dmhc.ca.gov"],
    ["en", "/request/plan", "/request/plan"],
    ["en", "/es/rights", "/es/rights"],
  ] as const)("on a page in %s, %s links to %s", (locale, href, expected) => {
    expect(localizedHref(locale, href)).toBe(expected);
  });
});
