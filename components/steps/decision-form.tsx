"use client";

import { ChoiceGroup } from "@/components/form/choice-group";
import { DateField } from "@/components/form/date-field";
import { TextField } from "@/components/form/text-field";
import { toOptions } from "@/components/form/options";
import { optionText } from "@/content/fields";
import { useStepForm } from "./use-step-form";
import { StepFormFrame } from "./step-form-frame";

export function DecisionForm() {
  const { form, onSubmit, problems, fieldProps: field, describeField, submitCount } = useStepForm("decision");
  const date = (name: "planGivenDueDate" | "appointmentDate" | "denialDate" | "moreInfoReceivedDate" | "grievanceFiledDate") => (
    <DateField {...describeField(name)} name={name} register={form.register} />
  );
  return (
    <StepFormFrame onSubmit={onSubmit} problems={problems} submitCount={submitCount}>
      {date("planGivenDueDate")}
      <ChoiceGroup
        type="radio"
        {...field("outcome")}
        selected={form.watch("outcome")}
        options={toOptions(optionText.outcome)}
        revealed={{
          approved: date("appointmentDate"),
          denied: (
            <>
              {date("denialDate")}
              <TextField {...field("denialReason")} multiline />
              {date("grievanceFiledDate")}
            </>
          ),
          "more-info": (
            <>
              <TextField {...field("moreInfoWhat")} multiline />
              {date("moreInfoReceivedDate")}
            </>
          ),
          "no-answer": date("grievanceFiledDate"),
        }}
      />
    </StepFormFrame>
  );
}
