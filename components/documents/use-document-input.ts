"use client";

import { useMemo } from "react";
import { useRequestState } from "@/components/request-state/request-provider";
import { useRules } from "@/components/request-state/use-rules";
import { todayInCalifornia } from "@/lib/dates/california-today";
import type { DocumentInput } from "@/lib/documents/types";

/** The documents' input from the saved answers; null until they have been read. */
export function useDocumentInput(): DocumentInput | null {
  const { request } = useRequestState();
  const rules = useRules();
  return useMemo(() => (rules ? { request, rules, today: todayInCalifornia() } : null), [request, rules]);
}
