"use client";

import { useEffect, useState } from "react";
import type { downloadText } from "@/content/documents/page";
import type { Locale } from "@/lib/i18n/locales";
import type { Translated } from "@/lib/i18n/translated";

/** The download buttons' words in one language. */
export type DownloadWords = Translated<typeof downloadText>;

const loaders: Record<Locale, () => Promise<DownloadWords>> = {
  en: () => import("@/content/documents/page").then((module) => module.downloadText),
  es: () => import("@/content/es/documents/page").then((module) => module.downloadText),
};

/**
 * The download buttons' words in `locale`, loaded with import() so a page
 * carries only its own language (they hold functions, so a server page
 * cannot hand them over as props). Null until loaded: the buttons need
 * JavaScript anyway.
 */
export function useDownloadWords(locale: Locale): DownloadWords | null {
  const [words, setWords] = useState<{ locale: Locale; words: DownloadWords } | null>(null);
  useEffect(() => {
    let current = true;
    loaders[locale]().then(
      (loaded) => current && setWords({ locale, words: loaded }),
      (error: unknown) => console.error("The download buttons' words could not be loaded", error),
    );
    return () => {
      current = false;
    };
  }, [locale]);
  return words?.locale === locale ? words.words : null;
}
