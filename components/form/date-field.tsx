import type { UseFormRegister, FieldValues, Path } from "react-hook-form";
import { describedBy, FieldError, FieldHint, FormGroup } from "./field-parts";
import { useFormWords } from "./form-words";

type DateFieldProps<T extends FieldValues> = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** The form path of the {month, day, year} object. */
  name: Path<T>;
  register: UseFormRegister<T>;
  /** Date of birth gets the browser's autofill hints. */
  birthday?: boolean;
};

const parts = [
  { key: "month", box: "monthBox", size: 2, autoComplete: "bday-month" },
  { key: "day", box: "dayBox", size: 2, autoComplete: "bday-day" },
  { key: "year", box: "yearBox", size: 4, autoComplete: "bday-year" },
] as const;

/** US memorable date: month, day and year as three short number fields. */
export function DateField<T extends FieldValues>({ id, label, hint, error, name, register, birthday }: DateFieldProps<T>) {
  const { dateBoxes } = useFormWords();
  return (
    <FormGroup error={error}>
      <fieldset className="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="legend">{label}</legend>
        <FieldHint id={id}>{hint}</FieldHint>
        <FieldError id={id} message={error} />
        <div className="date-input">
          {parts.map((part, index) => {
            const inputId = index === 0 ? id : `${id}-${part.key}`;
            return (
              <div className="date-input__item" key={part.key}>
                <label className="label date-input__label" htmlFor={inputId}>
                  {dateBoxes[part.box]}
                </label>
                <input
                  id={inputId}
                  className={`input date-input__input date-input__input--${part.size}${error ? " input--error" : ""}`}
                  type="text"
                  inputMode="numeric"
                  maxLength={part.size}
                  autoComplete={birthday ? part.autoComplete : "off"}
                  aria-invalid={error ? true : undefined}
                  {...register(`${name}.${part.key}` as Path<T>)}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
