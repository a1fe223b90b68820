"use client";

import { IntentLink } from "@/components/intent-link";
import { useRequestState } from "@/components/request-state/request-provider";
import { previousRoute } from "@/lib/flow";
import { routes } from "@/lib/routes";
import { pages } from "@/lib/steps";

/** Back to the page asked before this one (pages that do not apply are skipped). */
export function BackLink({ pageId, label }: { pageId: string; label: string }) {
  const { request } = useRequestState();
  const page = pages.find((candidate) => candidate.id === pageId);
  return (
    <IntentLink className="back-link" href={routes[page ? previousRoute(page, request) : "start"]}>
      {label}
    </IntentLink>
  );
}
