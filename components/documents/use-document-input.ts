"use client";

import { useMemo } from "react";
import { useRequestState } from "@/components/request-state/request-provider";
import { useRules } from "@/components/request-state/use-rules";
import { todayInCalifornia } from "@/lib/dates/california-today";
import type { DocumentInput } from "@/lib/documents/types";
import { shownAnswers } from "@/lib/answers/shown";

/** The documents' input from the saved answers; null until they have been read. */
export function useDocumentInput(): DocumentInput | null {
  const { request } = useRequestState();
  const rules = useRules();
  return useMemo(() => (rules ? { request: shownAnswers(request), rules, today: todayInCalifornia() } : null), [request, rules]);
}
