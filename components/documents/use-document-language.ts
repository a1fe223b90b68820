"use client";

import { useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { loadDocumentLanguage, type DocumentLanguage } from "@/lib/documents/language";

/** The documents' words, dates and legal wording in `locale`; null until loaded (a page carries only its own language). */
export function useDocumentLanguage(locale: Locale): DocumentLanguage | null {
  const [language, setLanguage] = useState<DocumentLanguage | null>(null);
  useEffect(() => {
    let current = true;
    loadDocumentLanguage(locale).then(
      (loaded) => current && setLanguage(loaded),
      (error: unknown) => console.error("The documents' words could not be loaded", error),
    );
    return () => {
      current = false;
    };
  }, [locale]);
  return language?.locale === locale ? language : null;
}
