"use client";

import { usePathname } from "next/navigation";
import { flowWords, stepWords } from "@/content/steps";
import { NUMBERED_STEP_COUNT, pageAtPath, stepStatus } from "@/lib/flow";
import { getStep, steps } from "@/lib/steps";
import { useRequestState } from "@/components/request-state/request-provider";

/** "Step 2 of 4: Contact member services" and the four steps with their status. */
export function StepIndicator() {
  const pathname = usePathname();
  const { completed, hydrated } = useRequestState();
  const page = pageAtPath(pathname);
  if (!page) return null;
  const current = getStep(page.step);
  const caption = current.number ? flowWords.numbered(current.number, NUMBERED_STEP_COUNT) : flowWords.beforeYouStart;
  return (
    <nav className="step-indicator" aria-label={flowWords.progress}>
      <p className="step-indicator__heading">
        {caption}: {stepWords[current.id].title}
      </p>
      <ol className="step-indicator__list">
        {steps
          .filter((step) => step.number !== undefined)
          .map((step) => {
            const status = hydrated ? stepStatus(step.id, current.id, completed) : step.id === current.id ? "current" : "not-started";
            return (
              <li
                key={step.id}
                className={`step-indicator__item step-indicator__item--${status}`}
                aria-current={status === "current" ? "step" : undefined}
              >
                <span className="visually-hidden">{flowWords.numbered(step.number ?? 0, NUMBERED_STEP_COUNT)}: </span>
                <span className="step-indicator__label">{stepWords[step.id].title}</span>
                <span className="visually-hidden"> ({flowWords.status[status]})</span>
              </li>
            );
          })}
      </ol>
    </nav>
  );
}
