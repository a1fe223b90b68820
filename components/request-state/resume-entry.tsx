"use client";

import type { ReactNode } from "react";
import { IntentLink } from "@/components/intent-link";
import { resumeRoute } from "@/lib/flow";
import { routes, type RouteKey } from "@/lib/routes";
import { hasAnyAnswer } from "@/lib/steps/request";
import { useRequestState } from "./request-provider";

type Words = { heading: string; carryOn: string; orGoTo: string; decision: string; review: string; titles: Partial<Record<RouteKey, string>> };

/** "Continue where you left off": to the first page with a missing answer, shown only when answers are saved on this device; `children` follow (saving them to a file). */
export function ResumeEntry({ words, children }: { words: Words; children?: ReactNode }) {
  const { request, completed, hydrated } = useRequestState();
  if (!hydrated || !hasAnyAnswer(request)) return null;
  const route = resumeRoute(request, completed);
  return (
    <div className="panel">
      <h2 className="heading-s">{words.heading}</h2>
      <p>
        <IntentLink href={routes[route]}>{words.carryOn}</IntentLink>: {route === "review" ? words.review : words.titles[route]}
      </p>
      {route === "review" && (
        <p>
          {words.orGoTo} <IntentLink href={routes.decision}>{words.decision}</IntentLink>.
        </p>
      )}
      {children}
    </div>
  );
}
