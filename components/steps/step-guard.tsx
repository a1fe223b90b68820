"use client";

import { useEffect, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { canReachPage, canReachReview, resumeRoute } from "@/lib/flow";
import { routes } from "@/lib/routes";
import { pages } from "@/lib/steps";
import { useRequestState } from "@/components/request-state/request-provider";
import { useLocalizedHref } from "@/lib/i18n/use-locale";

/**
 * Shows a page only once the saved answers are read, and only when every page
 * before it is done; otherwise sends the member to the first page with a missing answer.
 */
export function StepGuard({ pageId, words, children }: { pageId: string | "review"; words: { loading: string; redirecting: string }; children: ReactNode }) {
  const { request, completed, hydrated } = useRequestState();
  const router = useRouter();
  const localized = useLocalizedHref();
  const page = pages.find((candidate) => candidate.id === pageId);
  const reachable = hydrated && (page ? canReachPage(page, request, completed) : canReachReview(completed));

  useEffect(() => {
    if (hydrated && !reachable) router.replace(localized(routes[resumeRoute(request, completed)]));
  }, [hydrated, reachable, request, completed, router]);

  if (!reachable) {
    return (
      <p className="body needs-script" role="status">
        {hydrated ? words.redirecting : words.loading}
      </p>
    );
  }
  return <>{children}</>;
}
