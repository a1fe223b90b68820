"use client";

import { IntentLink } from "@/components/intent-link";
import { ChoiceGroup } from "@/components/form/choice-group";
import { TextField } from "@/components/form/text-field";
import { toOptions } from "@/components/form/options";
import { optionText } from "@/content/fields";
import { useStepForm } from "./use-step-form";
import { StepFormFrame } from "./step-form-frame";

export function PlanForm() {
  const { form, onSubmit, problems, fieldProps: field, submitCount } = useStepForm("plan");
  const planType = form.watch("planType");
  const regulator = form.watch("regulator");
  return (
    <StepFormFrame onSubmit={onSubmit} problems={problems} submitCount={submitCount}>
      <ChoiceGroup
        type="radio"
        {...field("planType")}
        options={toOptions(optionText.planType)}
        small
      />
      <ChoiceGroup
        type="radio"
        {...field("regulator")}
        selected={regulator}
        options={toOptions(optionText.regulator)}
        revealed={{
          "not-sure": (
            <p>
              {planType === "hmo"
                ? "HMOs are always regulated by the DMHC, so we will use the DMHC rules. "
                : "We will show you how to find out. "}
              <IntentLink href="/request/regulator">How to find out who regulates your plan</IntentLink>
            </p>
          ),
        }}
      />
      {planType === "hmo" && regulator === "cdi" && (
        <p className="notice" role="status">
          HMOs are licensed by the Department of Managed Health Care (DMHC). Check your Evidence of Coverage: if it names
          the DMHC, choose that.
        </p>
      )}
      <TextField {...field("planName")} />
      <TextField {...field("memberId")} width="medium" autoComplete="off" spellCheck={false} />
      <TextField {...field("groupNumber")} width="medium" autoComplete="off" spellCheck={false} />
      <TextField {...field("memberServicesPhone")} width="medium" type="tel" autoComplete="off" />
      <TextField {...field("planAddress")} multiline />
    </StepFormFrame>
  );
}
