"use client";

import { ChoiceGroup } from "@/components/form/choice-group";
import { DateField } from "@/components/form/date-field";
import { TextField } from "@/components/form/text-field";
import { toOptions } from "@/components/form/options";
import { optionText } from "@/content/fields";
import { useStepForm } from "./use-step-form";
import { StepFormFrame } from "./step-form-frame";

export function AboutYouForm() {
  const { form, onSubmit, problems, fieldProps: field, describeField, submitCount } = useStepForm("aboutYou");
  return (
    <StepFormFrame onSubmit={onSubmit} problems={problems} submitCount={submitCount}>
      <TextField {...field("fullName")} autoComplete="name" spellCheck={false} />
      <DateField {...describeField("dateOfBirth")} name="dateOfBirth" register={form.register} birthday />
      <TextField {...field("address")} multiline autoComplete="street-address" />
      <TextField {...field("phone")} type="tel" autoComplete="tel" width="medium" />
      <TextField {...field("email")} type="email" autoComplete="email" spellCheck={false} />
      <ChoiceGroup
        type="radio"
        {...field("hasHelper")}
        selected={form.watch("hasHelper")}
        options={toOptions(optionText.yesNo)}
        small
        revealed={{
          yes: (
            <>
              <TextField {...field("helperName")} />
              <TextField {...field("helperRelationship")} width="medium" />
            </>
          ),
        }}
      />
    </StepFormFrame>
  );
}
