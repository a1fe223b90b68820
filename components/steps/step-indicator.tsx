"use client";

import { usePathname } from "next/navigation";
import { NUMBERED_STEP_COUNT, stepHeadingPrefix, steps, stepStatus, type StepStatus } from "@/lib/flow";
import { useRequestState } from "@/components/request-state/request-provider";

const statusWords: Record<StepStatus, string> = {
  completed: "completed",
  current: "current step",
  "not-started": "not started",
};

/** "Step 2 of 4: Contact member services" and the four steps with their status. */
export function StepIndicator() {
  const pathname = usePathname();
  const { completed, hydrated } = useRequestState();
  const current = steps.find((step) => pathname === step.path);
  if (!current) return null;
  const numbered = steps.filter((step) => step.number !== undefined);
  return (
    <nav className="step-indicator" aria-label="Progress">
      <p className="step-indicator__heading">
        {stepHeadingPrefix(current)}: {current.title}
      </p>
      <ol className="step-indicator__list">
        {numbered.map((step) => {
          const status = hydrated ? stepStatus(step, current.id, completed) : step.id === current.id ? "current" : "not-started";
          return (
            <li
              key={step.id}
              className={`step-indicator__item step-indicator__item--${status}`}
              aria-current={status === "current" ? "step" : undefined}
            >
              <span className="visually-hidden">
                Step {step.number} of {NUMBERED_STEP_COUNT}:{" "}
              </span>
              <span className="step-indicator__label">{step.title}</span>
              <span className="visually-hidden"> ({statusWords[status]})</span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
