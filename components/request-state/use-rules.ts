"use client";

import { useEffect, useMemo, useState } from "react";
import { useRequestState } from "./request-provider";
import type { DerivedRules } from "@/lib/rules/types";

type RulesModule = typeof import("@/lib/rules");

// One import for the whole page, however many parts show rules.
let rulesModule: RulesModule | undefined;
let rulesImport: Promise<RulesModule> | undefined;

function importRules(): Promise<RulesModule> {
  rulesImport ??= import("@/lib/rules").then(
    (loaded) => (rulesModule = loaded),
    (error: unknown) => {
      rulesImport = undefined; // offline after a deploy, say: the next page that asks tries again
      throw error;
    },
  );
  return rulesImport;
}

/**
 * The rules and dates for the member's answers, once the answers have been read.
 * The legal content and the rules are loaded only by pages that show them, so
 * the other steps start with less to evaluate on a slow phone.
 */
export function useRules(): DerivedRules | undefined {
  const { request, hydrated, reportLoadFailure } = useRequestState();
  const [rules, setRules] = useState(rulesModule);
  useEffect(() => {
    if (rules) return;
    let cancelled = false;
    importRules().then(
      (loaded) => {
        if (!cancelled) setRules(loaded);
      },
      () => {
        if (!cancelled) reportLoadFailure();
      },
    );
    return () => {
      cancelled = true;
    };
  }, [rules, reportLoadFailure]);
  return useMemo(() => (rules && hydrated ? rules.deriveRules(request) : undefined), [rules, hydrated, request]);
}
