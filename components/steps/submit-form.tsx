"use client";

import { ChoiceGroup } from "@/components/form/choice-group";
import { DateField } from "@/components/form/date-field";
import { TextField } from "@/components/form/text-field";
import { toOptions } from "@/components/form/options";
import { SourceNote } from "@/components/rules/source-note";
import { DueDateCard } from "@/components/rules/due-date-card";
import { optionText } from "@/content/fields";
import type { ReactNode } from "react";
import type { ChoiceOption } from "@/components/form/choice-group";
import { useRules } from "@/components/request-state/use-rules";
import { useStepForm } from "./use-step-form";
import { StepFormFrame } from "./step-form-frame";

/** The reasons and records come from content/ through the server page, keeping that text out of this bundle. */
export function SubmitForm({
  reasonOptions,
  enclosureOptions,
  documents,
}: {
  reasonOptions: ChoiceOption[];
  enclosureOptions: ChoiceOption[];
  /** The letter and checklist downloads, shown before "Sending your request". */
  documents: ReactNode;
}) {
  const { form, onSubmit, problems, fieldProps: field, describeField, submitCount } = useStepForm("submit");
  const rules = useRules();
  const sentMethod = form.watch("sentMethod");
  const urgent = form.watch("urgent");
  return (
    <StepFormFrame onSubmit={onSubmit} problems={problems} submitCount={submitCount}>
      <ChoiceGroup
        type="checkbox"
        {...field("reasons")}
        selected={form.watch("reasons")}
        options={reasonOptions}
        revealed={{ other: <TextField {...field("otherReason")} multiline /> }}
      />
      <ChoiceGroup
        type="radio"
        {...field("urgent")}
        selected={urgent}
        options={toOptions(optionText.yesNo)}
        small
        revealed={{
          yes: (
            <p>
              Your letter will ask for an urgent (expedited) decision. The plan must generally decide within 72 hours of
              receiving it. Call member services as well, and ask your doctor to tell the plan it is urgent.
            </p>
          ),
        }}
      />
      {urgent === "yes" && (
        <p className="notice notice--warning">If you are having a medical emergency, call 911 or go to the nearest emergency room.</p>
      )}

      <h2 className="heading-m">The doctor you want for the second opinion</h2>
      {rules?.whoMayGiveOpinion.map((statement) => (
        <p key={statement.text}>
          {statement.text} <SourceNote source={statement.source} />
        </p>
      ))}
      <TextField {...field("secondDoctorName")} spellCheck={false} />
      <TextField {...field("secondDoctorSpecialty")} width="medium" />
      <ChoiceGroup
        type="radio"
        {...field("secondDoctorInNetwork")}
        selected={form.watch("secondDoctorInNetwork")}
        options={toOptions(optionText.inNetwork)}
        small
        revealed={{
          no: (
            <>
              {rules?.outOfNetwork.map((statement) => (
                <p key={statement.text}>
                  {statement.text} <SourceNote source={statement.source} />
                </p>
              ))}
              <ChoiceGroup
                type="radio"
                {...field("outOfNetworkRequested")}
        selected={form.watch("outOfNetworkRequested")}
                options={toOptions(optionText.yesNo)}
                small
                revealed={{ yes: <TextField {...field("outOfNetworkReason")} multiline /> }}
              />
            </>
          ),
        }}
      />

      <h2 className="heading-m">Records to send</h2>
      <ChoiceGroup type="checkbox" {...field("enclosures")} options={enclosureOptions} />

      <h2 className="heading-m">Your letter and checklist</h2>
      <p>They are filled in from your answers so far. Download or print them, then send the letter with your records.</p>
      {documents}

      <h2 className="heading-m">Sending your request</h2>
      <ChoiceGroup
        type="radio"
        {...field("sentMethod")}
        selected={sentMethod}
        options={toOptions(optionText.sentMethod)}
        revealed={Object.fromEntries(
          (["mail", "fax", "portal", "email", "in-person"] as const).map((method) => [
            method,
            <DateField key={method} {...describeField("dateSent")} name="dateSent" register={form.register} />,
          ]),
        )}
      />
      {sentMethod && sentMethod !== "not-yet" && (
        <>
          <DateField {...describeField("dateReceived")} name="dateReceived" register={form.register} />
          {urgent === "yes" && (
            <TextField {...field("timeReceived")} type="time" width="short" />
          )}
        </>
      )}
      {rules?.deadlines.decisionDue && <DueDateCard deadline={rules.deadlines.decisionDue} headingLevel={3} title="When the plan should decide" />}
    </StepFormFrame>
  );
}
