import { useId, type InputHTMLAttributes, type ReactNode } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & { label: string; errors?: string[]; hint?: ReactNode };

/** A labelled input with its hint and errors announced to assistive technology. */
export function TextField({ label, errors, hint, id, className = "", ...props }: Props) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={inputId} className="field-label">
        {label}
      </label>
      <input
        id={inputId}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="field-input"
        {...props}
      />
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={errorId} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A field's errors, for a field that is not a TextField: its input names `id` in aria-describedby and sets aria-invalid. */
export function FieldError({ id, errors, className = "" }: { id: string; errors?: string[]; className?: string }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className={`field-error ${className}`}>
      {errors.join(" ")}
    </p>
  );
}

/** What an input says of its hint and errors: aria-describedby and aria-invalid. */
export function describedBy(hintId: string | undefined, errorId: string, errors?: string[]) {
  return {
    "aria-describedby": [hintId, errors?.length ? errorId : undefined].filter(Boolean).join(" ") || undefined,
    "aria-invalid": errors?.length ? true : undefined,
  } as const;
}

export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="notice-error">
      {message}
    </p>
  );
}
