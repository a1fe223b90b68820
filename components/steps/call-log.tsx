"use client";

import { useRef, useState } from "react";
import { useForm, type FieldErrors, type Resolver } from "react-hook-form";
import { DateField } from "@/components/form/date-field";
import { ErrorSummary, type FormProblem } from "@/components/form/error-summary";
import { TextField } from "@/components/form/text-field";
import type { Call } from "@/lib/steps/request";
import { useRequestState } from "@/components/request-state/request-provider";
import { fieldId } from "@/lib/routes";
import { fill, whenCalled } from "@/lib/review/describe-call";
import { stripOptional } from "@/lib/review/summary-rows";
import { dateFormatters } from "@/lib/dates/formatters";
import type { Translated } from "@/lib/i18n/translated";
import { usePageLocale } from "@/lib/i18n/use-locale";
import type { callLogText } from "@/content/steps";
import type { PageWords } from "./question-field";

/** The call log's words: its questions' and its buttons'. */
export type CallLogWords = { questions: PageWords; text: Translated<typeof callLogText> & { noDate: string } };

const newCallId = () =>
  typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

const blankCall = (): Call => ({ id: newCallId(), date: { month: "", day: "", year: "" }, time: "", spokeTo: "", referenceNumber: "", notes: "" });


const callResolver =
  (words: PageWords): Resolver<Call> =>
  async (values) => {
    const { callSchema, validate } = await import("@/lib/answers/schemas");
    const result = validate(callSchema(words), values);
    if (result.ok) return { values, errors: {} };
    const errors = Object.fromEntries(Object.entries(result.errors).map(([field, message]) => [field, { type: "validate", message }]));
    return { values: {}, errors: errors as FieldErrors<Call> };
  };

/** The call log as Step 2's question: Continue's message about it shows above it. */
export function CallLogQuestion({ id, label, words, error }: { id: string; label: string; words: CallLogWords; error?: string }) {
  return (
    <div className={error ? "form-group form-group--error" : undefined}>
      {error && (
        <p className="error-message">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <CallLog addButtonId={id} heading={label} words={words} />
    </div>
  );
}

/** Add, edit and remove calls to member services; every change is saved at once. */
function CallLog({ addButtonId, heading, words }: { addButtonId: string; heading: string; words: CallLogWords }) {
  const text = words.text;
  const dates = dateFormatters[usePageLocale()];
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
        {heading}
      </h2>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {calls.length === 0 && !editing && <p>{text.none}</p>}
      {calls.map((call, index) =>
        editing?.id === call.id ? null : (
          <div className="call-log__item" key={call.id}>
            <h3 className="heading-s">
              {fill(words.text.callNumber, { number: index + 1 }).replace(/^./, (first) => first.toUpperCase())}: {whenCalled(call, text, dates)}
            </h3>
            <dl className="summary-list">
              {(["spokeTo", "referenceNumber", "notes"] as const).map((key) =>
                call[key] ? (
                  <div className="summary-list__row" key={key}>
                    <dt className="summary-list__key">{stripOptional(words.questions[key]?.label ?? "")}</dt>
                    <dd className="summary-list__value">{call[key]}</dd>
                  </div>
                ) : null,
              )}
            </dl>
            {confirmingRemove === call.id ? (
              <div className="notice notice--warning">
                <p>{fill(text.confirmRemove, { number: index + 1 })}</p>
                <div className="button-group">
                  <button
                    type="button"
                    className="button button--warning"
                    onClick={() => {
                      saveCalls(calls.filter((candidate) => candidate.id !== call.id));
                      setConfirmingRemove(null);
                      finishEditing(fill(text.removed, { number: index + 1 }));
                    }}
                  >
                    {text.yesRemove}
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => setConfirmingRemove(null)}>
                    {text.noKeep}
                  </button>
                </div>
              </div>
            ) : (
              <div className="button-group">
                <button type="button" className="button button--secondary" onClick={() => setEditing(call)}>
                  {text.edit}
                  <span className="visually-hidden"> {fill(text.callNumber, { number: index + 1 })}</span>
                </button>
                <button type="button" className="button button--secondary" onClick={() => setConfirmingRemove(call.id)}>
                  {text.remove}
                  <span className="visually-hidden"> {fill(text.callNumber, { number: index + 1 })}</span>
                </button>
              </div>
            )}
          </div>
        ),
      )}
      {editing ? (
        <CallEditor
          key={editing.id}
          words={words}
          call={editing}
          isNew={!calls.some((call) => call.id === editing.id)}
          onSave={(saved) => {
            const exists = calls.some((call) => call.id === saved.id);
            saveCalls(exists ? calls.map((call) => (call.id === saved.id ? saved : call)) : [...calls, saved]);
            finishEditing(exists ? text.updated : text.added);
          }}
          onCancel={() => finishEditing("")}
        />
      ) : (
        <button id={addButtonId} type="button" className="button button--secondary" onClick={() => setEditing(blankCall())}>
          {calls.length === 0 ? text.add : text.addAnother}
        </button>
      )}
    </section>
  );
}

function CallEditor({
  call,
  isNew,
  words,
  onSave,
  onCancel,
}: {
  call: Call;
  isNew: boolean;
  words: CallLogWords;
  onSave: (call: Call) => void;
  onCancel: () => void;
}) {
  const form = useForm<Call>({ resolver: callResolver(words.questions), defaultValues: call, mode: "onSubmit", reValidateMode: "onSubmit", shouldFocusError: false });
  const text = words.questions as Record<"date" | "time" | "spokeTo" | "referenceNumber" | "notes", PageWords[string]>;
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
    label: text[name].label,
    hint: text[name].hint,
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
        {isNew ? words.text.add : words.text.editHeading}
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
          {words.text.save}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {words.text.cancel}
        </button>
      </div>
    </form>
  );
}
