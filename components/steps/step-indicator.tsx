"use client";

import { usePathname } from "next/navigation";
import { pageAtPath, stepStatus } from "@/lib/flow";
import { pathWithoutLocale } from "@/lib/i18n/locales";
import { getStep, steps } from "@/lib/steps";
import type { RequestSection } from "@/lib/steps/request";
import { useRequestState } from "@/components/request-state/request-provider";

/** The indicator's words in the page's language, worked out on the server (a client component takes no functions). */
export type StepIndicatorWords = {
  progress: string;
  status: Record<"completed" | "current" | "not-started", string>;
  /** Each step's name. */
  titles: Record<RequestSection, string>;
  /** "Step 2 of 4", or "Before you start" for the steps before the numbered ones. */
  captions: Record<RequestSection, string>;
};

/** "Step 2 of 4: Contact member services" and the four steps with their status. */
export function StepIndicator({ words }: { words: StepIndicatorWords }) {
  const pathname = usePathname();
  const { completed, hydrated } = useRequestState();
  const page = pageAtPath(pathWithoutLocale(pathname));
  if (!page) return null;
  const current = getStep(page.step);
  return (
    <nav className="step-indicator" aria-label={words.progress}>
      <p className="step-indicator__heading">
        {words.captions[current.id]}: {words.titles[current.id]}
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
                <span className="visually-hidden">{words.captions[step.id]}: </span>
                <span className="step-indicator__label">{words.titles[step.id]}</span>
                <span className="visually-hidden"> ({words.status[status]})</span>
              </li>
            );
          })}
      </ol>
    </nav>
  );
}
