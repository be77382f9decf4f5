// The search box of a list's filter form: its label, a search icon, the field (named "q"),
// and its error under it. Server and client forms alike (the icon is ./icon's, whose payload
// is its name only).
import { Icon } from "./icon";

export function SearchField({
  id,
  label,
  defaultValue,
  maxLength,
  error,
}: {
  id: string;
  label: string;
  defaultValue: string;
  maxLength: number;
  error?: string;
}) {
  const errorId = `${id}-error`;
  return (
    <div className="flex min-w-0 flex-[1_1_16rem] flex-col gap-1">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <span className="relative">
        <Icon name="search" className="icon pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-muted" />
        <input
          id={id}
          type="search"
          name="q"
          defaultValue={defaultValue}
          maxLength={maxLength}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="field-input pl-9"
        />
      </span>
      {error ? (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
