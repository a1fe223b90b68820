"use client";

import { useEffect, useMemo, useState } from "react";
import { useRequestState } from "./request-provider";
import { usePageLocale } from "@/lib/i18n/use-locale";
import type { Locale } from "@/lib/i18n/locales";
import type { DerivedRules } from "@/lib/rules/types";
import type { RulesWords } from "@/lib/rules/rules-from";

type RulesModule = { deriveRules: typeof import("@/lib/rules").deriveRules; rulesWords: RulesWords };

// Each language's rules are their own module (lib/rules: English, lib/rules/es:
// Spanish), loaded once per language for the whole page, however many parts
// show rules: a page loads only its own language's legal words.
const loaders: Record<Locale, () => Promise<RulesModule>> = {
  en: () => import("@/lib/rules"),
  es: () => import("@/lib/rules/es"),
};
const rulesModules: Partial<Record<Locale, RulesModule>> = {};
const rulesImports: Partial<Record<Locale, Promise<RulesModule>>> = {};

function importRules(locale: Locale): Promise<RulesModule> {
  rulesImports[locale] ??= loaders[locale]().then(
    (loaded) => (rulesModules[locale] = loaded),
    (error: unknown) => {
      delete rulesImports[locale]; // offline after a deploy, say: the next page that asks tries again
      throw error;
    },
  );
  return rulesImports[locale];
}

/**
 * The rules for the member's answers in the page's language, with the words
 * the rules' components show, once the answers have been read. The legal
 * content and the rules are loaded only by pages that show them, so the other
 * steps start with less to evaluate on a slow phone.
 */
export function useRulesAndWords(): { rules: DerivedRules; words: RulesWords } | undefined {
  const locale = usePageLocale();
  const { request, hydrated, reportLoadFailure } = useRequestState();
  const [loaded, setLoaded] = useState<{ locale: Locale; module: RulesModule | undefined }>(() => ({ locale, module: rulesModules[locale] }));
  const rulesModule = loaded.locale === locale ? (loaded.module ?? rulesModules[locale]) : rulesModules[locale];
  useEffect(() => {
    if (rulesModule) return;
    let cancelled = false;
    importRules(locale).then(
      (imported) => {
        if (!cancelled) setLoaded({ locale, module: imported });
      },
      () => {
        if (!cancelled) reportLoadFailure();
      },
    );
    return () => {
      cancelled = true;
    };
  }, [rulesModule, locale, reportLoadFailure]);
  return useMemo(
    () => (rulesModule && hydrated ? { rules: rulesModule.deriveRules(request), words: rulesModule.rulesWords } : undefined),
    [rulesModule, hydrated, request],
  );
}

/** The rules and dates for the member's answers, in the page's language, once the answers have been read. */
export function useRules(): DerivedRules | undefined {
  return useRulesAndWords()?.rules;
}
