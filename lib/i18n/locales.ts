/**
 * The languages of the site. English keeps the unprefixed addresses; every
 * other language lives under its own prefix ("/es/…"), in its own route group
 * with its own root layout (so `<html lang>` is right on every static page).
 * Adding a language: its code here, its name, its words (content/<code>/),
 * and its route group.
 */
export const locales = ["en", "es"] as const;
export type Locale = (typeof locales)[number];

/** Each language's tag with its region: the PDFs' language property, the print views' and the web app manifests' `lang`. */
export const languageTags = { en: "en-US", es: "es-US" } as const satisfies Record<Locale, string>;

/** Each language's name in that language, for the link that switches to it. */
export const languageNames: Record<Locale, string> = { en: "English", es: "Español" };

/** The other language offered on a page (two languages today). */
export const otherLocale = (locale: Locale): Locale => (locale === "en" ? "es" : "en");

/** "/rights" in a language: "/rights" in English, "/es/rights" in Spanish; the start page "/" is "/es". */
export function localePath(locale: Locale, path: string): string {
  if (locale === "en") return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** The language of an address, from its prefix. */
export function localeOfPath(pathname: string): Locale {
  const prefix = pathname.split("/")[1];
  return locales.find((locale) => locale !== "en" && locale === prefix) ?? "en";
}

/** An address without its language prefix: "/es/rights" → "/rights", "/es" → "/". */
export function pathWithoutLocale(pathname: string): string {
  const locale = localeOfPath(pathname);
  if (locale === "en") return pathname;
  const rest = pathname.slice(locale.length + 1);
  return rest === "" ? "/" : rest;
}

/**
 * A link's address on a page in a language: an app path ("/request/plan",
 * "/request/plan?change=1#plan-name") gets the page's prefix; an address that
 * already names its language, or is not an app path, is left as it is.
 */
export function localizedHref(locale: Locale, href: string): string {
  if (locale === "en" || !href.startsWith("/") || localeOfPath(href.split(/[?#]/)[0] ?? href) !== "en") return href;
  return localePath(locale, href);
}
