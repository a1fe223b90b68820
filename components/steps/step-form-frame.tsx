"use client";

import type { FormEventHandler, ReactNode } from "react";
import { ErrorSummary, type FormProblem } from "@/components/form/error-summary";
import { useFormWords } from "@/components/form/form-words";

/** The form element, its error summary at the top and the Continue button. */
export function StepFormFrame({
  onSubmit,
  problems,
  submitCount,
  children,
  formId = "step-form",
  actionsBefore,
}: {
  onSubmit: FormEventHandler<HTMLFormElement>;
  problems: FormProblem[];
  submitCount: number;
  children: ReactNode;
  formId?: string;
  /** Content shown between the fields and Continue that is not part of the form (the call log). */
  actionsBefore?: ReactNode;
}) {
  const words = useFormWords();
  return (
    <>
      <ErrorSummary problems={problems} focusKey={submitCount} />
      <form id={formId} onSubmit={onSubmit} noValidate>
        {children}
      </form>
      {actionsBefore}
      <div className="button-group">
        <button type="submit" form={formId} className="button">
          {words.continue}
        </button>
      </div>
    </>
  );
}
