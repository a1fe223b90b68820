"use client";

import { ChoiceGroup } from "@/components/form/choice-group";
import { DateField } from "@/components/form/date-field";
import { TextField } from "@/components/form/text-field";
import { toOptions } from "@/components/form/options";
import { optionText } from "@/content/fields";
import { isDatePartsEmpty } from "@/lib/schema/date-parts";
import { LazyDenialNoticeContents } from "@/components/decision/lazy";
import { useStepForm } from "./use-step-form";
import { StepFormFrame } from "./step-form-frame";

type DateName = "planGivenDueDate" | "appointmentDate" | "denialDate" | "moreInfoReceivedDate" | "grievanceFiledDate" | "grievanceDecisionDate";

export function DecisionForm() {
  const { form, onSubmit, problems, fieldProps: field, describeField, submitCount, request } = useStepForm("decision");
  const date = (name: DateName) => <DateField {...describeField(name)} name={name} register={form.register} />;
  const yesNo = (name: "planGivenDueDateInWriting" | "grievanceUrgent") => (
    <ChoiceGroup type="radio" small {...field(name)} selected={form.watch(name)} options={toOptions(optionText.yesNo)} />
  );
  const planGivenDate = form.watch("planGivenDueDate");
  // The grievance's own questions: urgency (when the request was not urgent already) and the plan's answer.
  const grievance = (
    <>
      {date("grievanceFiledDate")}
      {request.submit.urgent !== "yes" && yesNo("grievanceUrgent")}
      {date("grievanceDecisionDate")}
    </>
  );
  return (
    <StepFormFrame onSubmit={onSubmit} problems={problems} submitCount={submitCount}>
      {date("planGivenDueDate")}
      {!isDatePartsEmpty(planGivenDate) && yesNo("planGivenDueDateInWriting")}
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
              <LazyDenialNoticeContents />
              <TextField {...field("denialReason")} multiline />
              {grievance}
            </>
          ),
          "more-info": (
            <>
              <TextField {...field("moreInfoWhat")} multiline />
              {date("moreInfoReceivedDate")}
            </>
          ),
          "no-answer": grievance,
        }}
      />
    </StepFormFrame>
  );
}
