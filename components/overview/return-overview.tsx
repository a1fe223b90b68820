"use client";

import { useEffect, useState } from "react";
import { IntentLink } from "@/components/intent-link";
import { useRequestState } from "@/components/request-state/request-provider";
import { resumeRoute } from "@/lib/flow";
import type { Locale } from "@/lib/i18n/locales";
import { usePageLocale } from "@/lib/i18n/use-locale";
import { overviewTaskIds } from "@/lib/overview/ids";
import type { Overview } from "@/lib/overview/derive";
import { routes, type RouteKey } from "@/lib/routes";
import { hasAnyAnswer } from "@/lib/steps/request";
import type { overviewText } from "@/content/overview";
import type { Translated } from "@/lib/i18n/translated";
import { SAVED_ANSWERS_FLAG } from "./saved-answers-flag";

type Words = Translated<typeof overviewText> & { titles: Partial<Record<RouteKey, string>> };
type DeriveOverview = typeof import("@/lib/overview/derive").deriveOverview;

// Each language's overview is its own module: the page loads only its language's rules and words.
const overviewIn: Record<Locale, () => Promise<{ deriveOverview: DeriveOverview }>> = {
  en: () => import("@/lib/overview/derive"),
  es: () => import("@/lib/overview/derive-es"),
};

/**
 * The start page for a member with saved answers: each step with its status,
 * the next date that matters, and where to carry on. The rows are drawn at
 * once (the start page's flag shows this section before the answers are read)
 * and their statuses fill in without moving anything.
 */
export function ReturnOverview({ words }: { words: Words }) {
  const { request, completed, hydrated, reportLoadFailure } = useRequestState();
  const locale = usePageLocale();
  const [derive, setDerive] = useState<DeriveOverview>();
  const saved = hasAnyAnswer(request);
  useEffect(() => {
    if (!hydrated) return;
    // The flag came from storage before the answers were read: correct it when they were unreadable, or deleted.
    document.documentElement.toggleAttribute(SAVED_ANSWERS_FLAG, saved);
    if (saved && !derive) overviewIn[locale]().then((module) => setDerive(() => module.deriveOverview), reportLoadFailure);
  }, [hydrated, saved, derive, locale, reportLoadFailure]);
  const overview: Overview | undefined = hydrated && saved && derive ? derive(request, completed, new Date()) : undefined;
  const carryOn = overview && resumeRoute(request, completed);
  return (
    <section className="overview" aria-labelledby="overview-heading" aria-busy={!overview}>
      <h2 className="heading-m" id="overview-heading">
        {words.heading}
      </h2>
      <p>{words.lead}</p>
      <ul className="task-list">
        {overviewTaskIds.map((id) => {
          const task = overview?.tasks.find((candidate) => candidate.id === id);
          return (
            <li className="task-list__item" key={id}>
              <span className="task-list__name">
                {task?.route ? (
                  <IntentLink href={routes[task.route]} aria-describedby={`task-status-${id}`}>
                    {words.tasks[id]}
                  </IntentLink>
                ) : (
                  words.tasks[id]
                )}
              </span>
              <span className="task-list__status" id={`task-status-${id}`}>
                {task && <strong className={`tag tag--${task.status}`}>{words.status[task.status]}</strong>}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="overview__next" data-testid="overview-next">
        {overview?.next && (
          <p>
            <strong>{words.nextHeading}:</strong> {words.next[overview.next.kind].replace("{when}", overview.next.when)}
          </p>
        )}
        {carryOn && (
          <p>
            <IntentLink href={routes[carryOn]}>{words.carryOn}</IntentLink>: {carryOn === "review" ? words.review : words.titles[carryOn]}
          </p>
        )}
      </div>
    </section>
  );
}
