import type { ReactNode } from "react";
import { useFormWords } from "./form-words";

/** ids a field's hint and error use, so inputs can point at them. */
const hintId = (id: string) => `${id}-hint`;
const errorId = (id: string) => `${id}-error`;

export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint && hintId(id), error && errorId(id)].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function FieldHint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div id={hintId(id)} className="hint">
      {children}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  const { errorPrefix } = useFormWords();
  if (!message) return null;
  return (
    <p id={errorId(id)} className="error-message">
      <span className="visually-hidden">{errorPrefix} </span>
      {message}
    </p>
  );
}

export function FormGroup({ error, children }: { error?: string; children: ReactNode }) {
  return <div className={error ? "form-group form-group--error" : "form-group"}>{children}</div>;
}
