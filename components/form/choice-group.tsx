import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FieldError, FieldHint, FormGroup } from "./field-parts";

type ChoiceOption = { value: string; label: string; hint?: string };

type ChoiceGroupProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly ChoiceOption[];
  registration: UseFormRegisterReturn;
  /** Radios for one answer, checkboxes for any number. */
  type: "radio" | "checkbox";
  /** Shown right after the option it belongs to, when that option is chosen. */
  revealed?: Partial<Record<string, ReactNode>>;
  /** The current answer, so the right revealed content shows. */
  selected?: string | readonly string[] | null | false;
  /** The legend is the page's question: render it as the page heading. */
  legendAsHeading?: boolean;
  small?: boolean;
};

/** The first option carries the field's own id, so error links land on it. */
const optionId = (id: string, index: number, value: string) => (index === 0 ? id : `${id}-${value}`);

export function ChoiceGroup({ id, label, hint, error, options, registration, type, revealed, selected, legendAsHeading, small }: ChoiceGroupProps) {
  const isSelected = (value: string) => (Array.isArray(selected) ? selected.includes(value) : selected === value);
  return (
    <FormGroup error={error}>
      <fieldset className="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={legendAsHeading ? "legend legend--heading" : "legend"}>
          {legendAsHeading ? <h1 className="heading-l">{label}</h1> : label}
        </legend>
        <FieldHint id={id}>{hint}</FieldHint>
        <FieldError id={id} message={error} />
        <div className={`choices${small ? " choices--small" : ""}`}>
          {options.map((option, index) => {
            const inputId = optionId(id, index, option.value);
            const optionHintId = option.hint ? `${inputId}-item-hint` : undefined;
            return (
              <div key={option.value}>
                <div className="choice">
                  <input
                    className="choice__input"
                    id={inputId}
                    type={type}
                    value={option.value}
                    aria-describedby={optionHintId}
                    aria-invalid={error ? true : undefined}
                    {...registration}
                  />
                  <label className="choice__label" htmlFor={inputId}>
                    {option.label}
                  </label>
                  {option.hint && (
                    <div id={optionHintId} className="hint choice__hint">
                      {option.hint}
                    </div>
                  )}
                </div>
                {revealed?.[option.value] && isSelected(option.value) && <div className="choice__reveal">{revealed[option.value]}</div>}
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
