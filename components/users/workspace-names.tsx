// "3 workspaces", with their names shown on hover and on keyboard focus (a tooltip the count
// describes itself with); pure CSS (`.tip` in app/globals.css), no script.
export function WorkspaceNames({ id, label, names, more, describedAs }: { id: string; label: string; names: string[]; more: string | null; describedAs: string }) {
  if (names.length === 0) return <span className="text-slate-500">{label}</span>;
  return (
    <span className="tip-host">
      <span tabIndex={0} aria-describedby={id} className="tip-trigger">{label}</span>
      <span id={id} role="tooltip" className="tip">
        <span className="sr-only">{describedAs}: </span>
        {names.join(", ")}{more ? ` ${more}` : ""}
      </span>
    </span>
  );
}
