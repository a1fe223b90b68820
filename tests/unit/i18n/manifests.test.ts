// A member who adds the app to their phone from a Spanish page gets it named
// in Spanish and opening in Spanish; each language's manifest says what that
// language's pages say, and only the words and the start page differ.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { wordsIn } from "@/content/words";
import { languageTags, localePath, locales, type Locale } from "@/lib/i18n/locales";

/** Each language's manifest in public/ (its root layout links it; tests/e2e/spanish.spec.ts checks that). */
const manifestFiles: Record<Locale, string> = { en: "manifest.webmanifest", es: "manifest.es.webmanifest" };

const manifestIn = (locale: Locale) => JSON.parse(readFileSync(path.resolve("public", manifestFiles[locale]), "utf8")) as Record<string, unknown>;
const wordsOf = ["name", "short_name", "description", "lang", "id", "start_url"];
const withoutWords = (manifest: Record<string, unknown>) => Object.fromEntries(Object.entries(manifest).filter(([key]) => !wordsOf.includes(key)));

describe.each(locales)("the web app manifest in %s", (locale) => {
  const manifest = manifestIn(locale);
  const site = wordsIn(locale).site;

  it("is named and described with the site's own words in that language", () => {
    expect(manifest).toMatchObject({ name: site.name, short_name: site.shortName, description: site.description, lang: languageTags[locale] });
  });

  it("opens the app at the start page in that language, as an app of its own", () => {
    expect(manifest.start_url).toBe(localePath(locale, "/"));
    expect(manifest.id).toBe(localePath(locale, "/"));
    expect(manifest.scope).toBe("/");
  });

  it("has the same icons, colours and display as the English one", () => {
    expect(withoutWords(manifest)).toEqual(withoutWords(manifestIn("en")));
  });
});

it("gives each language's app its own id, so installing one does not replace the other", () => {
  const ids = locales.map((locale) => manifestIn(locale).id);
  expect(new Set(ids).size).toBe(locales.length);
});
