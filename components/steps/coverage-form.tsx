"use client";

import { ChoiceGroup } from "@/components/form/choice-group";
import { toOptions } from "@/components/form/options";
import { optionText } from "@/content/fields";
import { useStepForm } from "./use-step-form";
import { StepFormFrame } from "./step-form-frame";

export function CoverageForm() {
  const { onSubmit, problems, fieldProps, submitCount } = useStepForm("coverage");
  return (
    <StepFormFrame onSubmit={onSubmit} problems={problems} submitCount={submitCount}>
      <ChoiceGroup type="radio" {...fieldProps("source")} options={toOptions(optionText.coverageSource)} />
    </StepFormFrame>
  );
}
