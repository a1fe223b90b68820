"use client";

import { useEffect, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { canReachReview, canReachStep, resumePath } from "@/lib/flow";
import type { RequestSection } from "@/lib/schema/request";
import { useRequestState } from "@/components/request-state/request-provider";

/**
 * Shows a step only once the saved answers are loaded, and only when every
 * step before it is done; otherwise sends the member to the first unfinished one.
 */
export function StepGuard({ stepId, children }: { stepId: RequestSection | "review"; children: ReactNode }) {
  const { completed, completionKnown, hydrated } = useRequestState();
  const router = useRouter();
  const reachable = hydrated && (stepId === "review" ? canReachReview(completed) : canReachStep(stepId, completed));
  // Answers edited before the engine arrived (a first visit) may complete steps it has not checked yet: wait for it, never send the member back.
  const decided = reachable || completionKnown;

  useEffect(() => {
    if (hydrated && decided && !reachable) router.replace(resumePath(completed));
  }, [hydrated, decided, reachable, completed, router]);

  if (!hydrated || !decided) {
    return (
      <p className="body" role="status">
        Loading your answers…
      </p>
    );
  }
  if (!reachable) {
    return (
      <p className="body" role="status">
        Taking you to the first step you have not finished…
      </p>
    );
  }
  return <>{children}</>;
}
