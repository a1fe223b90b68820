"use client";

import type { ReactNode } from "react";
import { useRequestState } from "@/components/request-state/request-provider";
import type { RequestSection } from "@/lib/steps/request";

/** Shows its content while an answer is the one given, or one of those given (the urgent request's notice, say). */
export function IfAnswer({
  step,
  question,
  is,
  children,
}: {
  step: RequestSection;
  question: string;
  is: string | readonly string[];
  children: ReactNode;
}) {
  const { request } = useRequestState();
  const answer = (request[step] as Record<string, unknown>)[question];
  const chosen: readonly unknown[] = typeof is === "string" ? [is] : is;
  return chosen.includes(answer) ? <>{children}</> : null;
}
