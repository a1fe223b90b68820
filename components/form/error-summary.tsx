"use client";

import { useEffect, useRef } from "react";
import { useFormWords } from "./form-words";

export type FormProblem = { fieldId: string; message: string };

/**
 * GOV.UK error summary: takes focus when a submit fails and links to each
 * field; a link moves focus to the field and shows its label.
 */
export function ErrorSummary({ problems, focusKey }: { problems: FormProblem[]; focusKey: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const { problem } = useFormWords();

  useEffect(() => {
    if (problems.length > 0) ref.current?.focus();
    // Focus only when a new submit failed, not on every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);

  if (problems.length === 0) return null;
  const inPageOrder = [...problems].sort(byPositionOnPage);
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {problem}
      </h2>
      <ul className="error-summary__list">
        {inPageOrder.map((problem) => (
          <li key={problem.fieldId}>
            <a
              href={`#${problem.fieldId}`}
              onClick={(event) => {
                const field = document.getElementById(problem.fieldId);
                if (!field) return;
                event.preventDefault();
                field.focus();
                const anchor = field.closest("fieldset")?.querySelector("legend") ?? document.querySelector(`label[for="${problem.fieldId}"]`);
                (anchor ?? field).scrollIntoView({ block: "start" });
              }}
            >
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** List problems in the order their fields appear, as the member reads the page. */
function byPositionOnPage(a: FormProblem, b: FormProblem): number {
  const first = document.getElementById(a.fieldId);
  const second = document.getElementById(b.fieldId);
  if (!first || !second) return 0;
  return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
