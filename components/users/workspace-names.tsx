// "3 workspaces", with their names shown on hover and on keyboard focus (a tooltip the count
// describes itself with), server-rendered: no script, nothing in the page's client payload.
export function WorkspaceNames({ id, label, names, more, describedAs }: { id: string; label: string; names: string[]; more: string | null; describedAs: string }) {
  if (names.length === 0) return <span className="text-slate-500">{label}</span>;
  return (
    <span className="group relative inline-block">
      <span tabIndex={0} aria-describedby={id} className="cursor-default rounded underline decoration-dotted underline-offset-4">{label}</span>
      <span id={id} role="tooltip" className="invisible absolute left-0 top-full z-10 mt-1 w-max max-w-64 rounded-md bg-slate-900 px-3 py-2 text-xs text-white shadow-lg group-focus-within:visible group-hover:visible">
        <span className="sr-only">{describedAs}: </span>
        {names.join(", ")}{more ? ` ${more}` : ""}
      </span>
    </span>
  );
}
