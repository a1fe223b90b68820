"use client";

import { IntentLink } from "@/components/intent-link";
import { sectionTitles } from "@/content/fields";
import { getStep } from "@/lib/flow";
import { summarySections, type ListLabels } from "@/lib/review/summary-rows";
import { useRequestState } from "@/components/request-state/request-provider";
import { CHANGE_PARAM, fieldId } from "./use-step-form";

/** "Check your answers": every answer by step, each with a Change link that comes back here. */
export function CheckAnswers({ labels }: { labels: ListLabels }) {
  const { request } = useRequestState();
  return (
    <>
      {summarySections(request, labels).map(({ section, rows }) => (
        <section key={section} aria-labelledby={`review-${section}`}>
          <h2 className="heading-m" id={`review-${section}`}>
            {sectionTitles[section]}
          </h2>
          <dl className="summary-list">
            {rows.map((row) => (
              <div className="summary-list__row" key={row.field} id={`review-${section}-${row.field}`}>
                <dt className="summary-list__key">{row.label}</dt>
                <dd className="summary-list__value">
                  {row.lines.length === 0 ? (
                    <span className="secondary">Not answered</span>
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
                  <IntentLink href={`${getStep(section).path}?${CHANGE_PARAM}=1#${fieldId(section, row.field)}`}>
                    Change<span className="visually-hidden"> {row.label.toLowerCase()}</span>
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
