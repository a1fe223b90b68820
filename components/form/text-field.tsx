import type { InputHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FieldError, FieldHint, FormGroup } from "./field-parts";

type TextFieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  registration: UseFormRegisterReturn;
  /** Multi-line answers (diagnosis, notes) get a textarea. */
  multiline?: boolean;
  width?: "short" | "medium" | "full";
} & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "autoComplete" | "inputMode" | "spellCheck">;

export function TextField({ id, label, hint, error, registration, multiline, width = "full", ...inputProps }: TextFieldProps) {
  const common = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
    className: `input input--${width}${error ? " input--error" : ""}`,
    ...registration,
  };
  return (
    <FormGroup error={error}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
      {multiline ? <textarea rows={4} {...common} /> : <input type="text" {...inputProps} {...common} />}
    </FormGroup>
  );
}
