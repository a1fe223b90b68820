"use client";

import { useEffect, useState } from "react";
import type { downloadText } from "@/content/documents/page";
import type { Locale } from "@/lib/i18n/locales";
import { templated, type Templated } from "@/lib/i18n/templated";
import type { Translated } from "@/lib/i18n/translated";

/** The download buttons' words in one language, as plain strings (`fillValue` puts a file name in). */
export type DownloadWords = Templated<Translated<typeof downloadText>>;

const loaders: Record<Locale, () => Promise<DownloadWords>> = {
  en: () => import("@/content/documents/page").then((module) => templated(module.downloadText)),
  es: () => import("@/content/es/documents/page").then((module) => templated(module.downloadText)),
};

/**
 * The download buttons' words in `locale`: those the server page handed over
 * (`given`, the Documents pages), or else loaded with import() so a page
 * carries only its own language (Step 4's cards, inside the next steps that
 * load on demand anyway). Null until loaded: the buttons need JavaScript.
 */
export function useDownloadWords(locale: Locale, given?: DownloadWords): DownloadWords | null {
  const [words, setWords] = useState<{ locale: Locale; words: DownloadWords } | null>(null);
  useEffect(() => {
    if (given) return;
    let current = true;
    loaders[locale]().then(
      (loaded) => current && setWords({ locale, words: loaded }),
      (error: unknown) => console.error("The download buttons' words could not be loaded", error),
    );
    return () => {
      current = false;
    };
  }, [locale, given]);
  if (given) return given;
  return words?.locale === locale ? words.words : null;
}
