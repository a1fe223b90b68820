"use client";

import { useMemo } from "react";
import { useRequestState } from "@/components/request-state/request-provider";
import { todayInCalifornia } from "@/lib/dates/california-today";
import type { DocumentInput } from "@/lib/documents/types";

/** The documents' input from the saved answers; null until they have been read. */
export function useDocumentInput(): DocumentInput | null {
  const { request, rules } = useRequestState();
  return useMemo(() => (rules ? { request, rules, today: todayInCalifornia() } : null), [request, rules]);
}
