"use client";

import { IntentLink } from "@/components/intent-link";
import { getStep, resumePath, steps } from "@/lib/flow";
import { hasAnyAnswer } from "@/lib/schema/empty-request";
import { useRequestState } from "./request-provider";

/** "Continue where you left off", shown only when answers are saved on this device. */
export function ResumeEntry() {
  const { request, completed, hydrated } = useRequestState();
  if (!hydrated || !hasAnyAnswer(request)) return null;
  const path = resumePath(completed);
  const step = steps.find((candidate) => candidate.path === path);
  return (
    <div className="panel">
      <h2 className="heading-s">You have saved answers on this device</h2>
      <p>
        <IntentLink href={path}>Continue where you left off</IntentLink>
        {step ? `: ${step.title}` : ": check your answers"}
      </p>
      {step === undefined && (
        <p>
          Or go straight to <IntentLink href={getStep("decision").path}>Step 4: {getStep("decision").title}</IntentLink>.
        </p>
      )}
    </div>
  );
}
