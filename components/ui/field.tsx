import { useId, type InputHTMLAttributes, type ReactNode } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & { label: string; errors?: string[]; hint?: ReactNode };

/** A labelled input with its hint and errors announced to assistive technology. */
export function TextField({ label, errors, hint, id, className = "", ...props }: Props) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800">{label}</label>
      <input
        id={inputId}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-red-600"
        {...props}
      />
      {hint ? <p id={hintId} className="text-xs text-slate-600">{hint}</p> : null}
      {errors?.length ? <p id={errorId} className="text-sm text-red-700">{errors.join(" ")}</p> : null}
    </div>
  );
}

export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">{message}</p>;
}
