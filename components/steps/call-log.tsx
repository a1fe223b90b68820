"use client";

import { useRef, useState } from "react";
import { useForm, type FieldErrors, type Resolver } from "react-hook-form";
import { DateField } from "@/components/form/date-field";
import { ErrorSummary, type FormProblem } from "@/components/form/error-summary";
import { TextField } from "@/components/form/text-field";
import { fieldText, type FieldText } from "@/content/fields";
import type { Call } from "@/lib/schema/request";
import { useRequestState } from "@/components/request-state/request-provider";
import { fieldId } from "./use-step-form";
import { describeCall } from "@/lib/review/describe-call";

const newCallId = () =>
  typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

const blankCall = (): Call => ({ id: newCallId(), date: { month: "", day: "", year: "" }, time: "", spokeTo: "", referenceNumber: "", notes: "" });


const callResolver: Resolver<Call> = async (values) => {
  const engine = await import("@/lib/request-engine");
  const result = engine.validateCall(values);
  if (result.ok) return { values: result.values as Call, errors: {} };
  const errors = Object.fromEntries(Object.entries(result.errors).map(([field, message]) => [field, { type: "validate", message }]));
  return { values: {}, errors: errors as FieldErrors<Call> };
};

/** Add, edit and remove calls to member services; every change is saved at once. */
export function CallLog({ addButtonId }: { addButtonId: string }) {
  const { request, updateSection } = useRequestState();
  const calls = request.memberServices.calls ?? [];
  const [editing, setEditing] = useState<Call | null>(null);
  const [confirmingRemove, setConfirmingRemove] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);

  const saveCalls = (next: Call[]) => updateSection("memberServices", { calls: next });

  const finishEditing = (message: string) => {
    setEditing(null);
    setStatus(message);
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  return (
    <section aria-labelledby="call-log-heading" className="call-log">
      <h2 className="heading-m" id="call-log-heading" tabIndex={-1} ref={headingRef}>
        {fieldText.memberServices.calls.label}
      </h2>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {calls.length === 0 && !editing && <p>You have not added any calls yet.</p>}
      {calls.map((call, index) =>
        editing?.id === call.id ? null : (
          <div className="call-log__item" key={call.id}>
            <h3 className="heading-s">
              Call {index + 1}: {describeCall(call)}
            </h3>
            <dl className="summary-list">
              {(["spokeTo", "referenceNumber", "notes"] as const).map((key) =>
                call[key] ? (
                  <div className="summary-list__row" key={key}>
                    <dt className="summary-list__key">{fieldText.call[key].label.replace(" (optional)", "")}</dt>
                    <dd className="summary-list__value">{call[key]}</dd>
                  </div>
                ) : null,
              )}
            </dl>
            {confirmingRemove === call.id ? (
              <div className="notice notice--warning">
                <p>Remove call {index + 1} from your log? You cannot undo this.</p>
                <div className="button-group">
                  <button
                    type="button"
                    className="button button--warning"
                    onClick={() => {
                      saveCalls(calls.filter((candidate) => candidate.id !== call.id));
                      setConfirmingRemove(null);
                      finishEditing(`Call ${index + 1} removed.`);
                    }}
                  >
                    Yes, remove it
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => setConfirmingRemove(null)}>
                    No, keep it
                  </button>
                </div>
              </div>
            ) : (
              <div className="button-group">
                <button type="button" className="button button--secondary" onClick={() => setEditing(call)}>
                  Edit<span className="visually-hidden"> call {index + 1}</span>
                </button>
                <button type="button" className="button button--secondary" onClick={() => setConfirmingRemove(call.id)}>
                  Remove<span className="visually-hidden"> call {index + 1}</span>
                </button>
              </div>
            )}
          </div>
        ),
      )}
      {editing ? (
        <CallEditor
          key={editing.id}
          call={editing}
          isNew={!calls.some((call) => call.id === editing.id)}
          onSave={(saved) => {
            const exists = calls.some((call) => call.id === saved.id);
            saveCalls(exists ? calls.map((call) => (call.id === saved.id ? saved : call)) : [...calls, saved]);
            finishEditing(exists ? "Call updated." : "Call added.");
          }}
          onCancel={() => finishEditing("")}
        />
      ) : (
        <button id={addButtonId} type="button" className="button button--secondary" onClick={() => setEditing(blankCall())}>
          {calls.length === 0 ? "Add a call" : "Add another call"}
        </button>
      )}
    </section>
  );
}

function CallEditor({ call, isNew, onSave, onCancel }: { call: Call; isNew: boolean; onSave: (call: Call) => void; onCancel: () => void }) {
  const form = useForm<Call>({ resolver: callResolver, defaultValues: call, mode: "onSubmit", reValidateMode: "onSubmit", shouldFocusError: false });
  const text = fieldText.call;
  const id = (name: string) => fieldId("memberServices", `call-${name}`);
  const errorFor = (name: keyof Call) => {
    const message = form.formState.errors[name]?.message;
    return typeof message === "string" ? message : undefined;
  };
  const problems: FormProblem[] = (["date", "time", "spokeTo", "referenceNumber", "notes"] as const).flatMap((name) => {
    const message = errorFor(name);
    return message ? [{ fieldId: id(name), message }] : [];
  });
  const field = (name: "spokeTo" | "referenceNumber" | "notes") => ({
    id: id(name),
    label: (text[name] as FieldText).label,
    hint: (text[name] as FieldText).hint,
    error: errorFor(name),
    registration: form.register(name),
  });
  return (
    <form
      className="call-log__item"
      noValidate
      aria-labelledby="call-editor-heading"
      onSubmit={form.handleSubmit((values) => onSave({ ...values, id: call.id }))}
    >
      <h3 className="heading-s" id="call-editor-heading">
        {isNew ? "Add a call" : "Edit this call"}
      </h3>
      <ErrorSummary problems={problems} focusKey={form.formState.submitCount} />
      <DateField id={id("date")} label={text.date.label} hint={text.date.hint} error={errorFor("date")} name="date" register={form.register} />
      <div className="form-group">
        <label className="label" htmlFor={id("time")}>
          {text.time.label}
        </label>
        {errorFor("time") && (
          <p className="error-message" id={`${id("time")}-error`}>
            <span className="visually-hidden">Error: </span>
            {errorFor("time")}
          </p>
        )}
        <input
          id={id("time")}
          type="time"
          className="input input--short"
          aria-invalid={errorFor("time") ? true : undefined}
          aria-describedby={errorFor("time") ? `${id("time")}-error` : undefined}
          {...form.register("time")}
        />
      </div>
      <TextField {...field("spokeTo")} />
      <TextField {...field("referenceNumber")} width="medium" spellCheck={false} />
      <TextField {...field("notes")} multiline />
      <div className="button-group">
        <button type="submit" className="button">
          Save call
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
