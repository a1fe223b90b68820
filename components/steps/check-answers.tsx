"use client";

import { IntentLink } from "@/components/intent-link";
import { summarySections, type ReviewWords } from "@/lib/review/summary-rows";
import { useRequestState } from "@/components/request-state/request-provider";
import { dateFormatters } from "@/lib/dates/formatters";
import { usePageLocale } from "@/lib/i18n/use-locale";

type Words = { notAnswered: string; change: string; sections: Record<string, string> };

/** "Check your answers": every answer by step, each with a Change link to its own page that comes back here. */
export function CheckAnswers({ words, text }: { words: ReviewWords; text: Words }) {
  const { request } = useRequestState();
  const dates = dateFormatters[usePageLocale()];
  return (
    <>
      {summarySections(request, words, dates).map(({ section, rows }) => (
        <section key={section} aria-labelledby={`review-${section}`}>
          <h2 className="heading-m" id={`review-${section}`}>
            {text.sections[section]}
          </h2>
          <dl className="summary-list">
            {rows.map((row) => (
              <div className="summary-list__row" key={row.field} id={`review-${section}-${row.field}`}>
                <dt className="summary-list__key">{row.label}</dt>
                <dd className="summary-list__value">
                  {row.lines.length === 0 ? (
                    <span className="secondary">{text.notAnswered}</span>
                  ) : row.lines.length === 1 ? (
                    row.lines[0]
                  ) : (
                    <ul className="list">
                      {row.lines.map((line, index) => (
                        <li key={index}>{line}</li>
                      ))}
                    </ul>
                  )}
                </dd>
                <dd className="summary-list__actions">
                  <IntentLink href={row.changeHref}>
                    {text.change}
                    <span className="visually-hidden"> {row.label.toLowerCase()}</span>
                  </IntentLink>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
