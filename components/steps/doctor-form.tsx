"use client";

import { ChoiceGroup } from "@/components/form/choice-group";
import { DateField } from "@/components/form/date-field";
import { TextField } from "@/components/form/text-field";
import { toOptions } from "@/components/form/options";
import { optionText } from "@/content/fields";
import { useStepForm } from "./use-step-form";
import { StepFormFrame } from "./step-form-frame";

export function DoctorForm() {
  const { form, onSubmit, problems, fieldProps: field, describeField, submitCount } = useStepForm("doctor");
  return (
    <StepFormFrame onSubmit={onSubmit} problems={problems} submitCount={submitCount}>
      <TextField {...field("name")} spellCheck={false} />
      <TextField {...field("specialty")} width="medium" />
      <TextField {...field("medicalGroup")} />
      <TextField {...field("condition")} multiline />
      <TextField {...field("recommendedTreatment")} multiline />
      <ChoiceGroup type="radio" {...field("willRequest")} options={toOptions(optionText.willRequest)} />
      <DateField {...describeField("dateDiscussed")} name="dateDiscussed" register={form.register} />
    </StepFormFrame>
  );
}
