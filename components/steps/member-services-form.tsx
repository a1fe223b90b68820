"use client";

import { ChoiceGroup } from "@/components/form/choice-group";
import { toOptions } from "@/components/form/options";
import { optionText } from "@/content/fields";
import { fieldId, useStepForm } from "./use-step-form";
import { StepFormFrame } from "./step-form-frame";
import { CallLog } from "./call-log";

export function MemberServicesForm() {
  const { onSubmit, problems, fieldProps, submitCount, request, errorFor } = useStepForm("memberServices", ["calls"]);
  const callsError = errorFor("calls");
  return (
    <>
      {request.plan.memberServicesPhone && (
        <p className="panel">
          Your plan’s member services number: <strong>{request.plan.memberServicesPhone}</strong>
        </p>
      )}
      <StepFormFrame
        onSubmit={onSubmit}
        problems={problems}
        submitCount={submitCount}
        actionsBefore={
          <div className={callsError ? "form-group form-group--error" : undefined}>
            {callsError && (
              <p className="error-message">
                <span className="visually-hidden">Error: </span>
                {callsError}
              </p>
            )}
            <CallLog addButtonId={fieldId("memberServices", "calls")} />
          </div>
        }
      >
        <ChoiceGroup type="radio" {...fieldProps("contacted")} options={toOptions(optionText.contacted)} small />
      </StepFormFrame>
    </>
  );
}
