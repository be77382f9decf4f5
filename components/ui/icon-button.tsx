import type { ButtonHTMLAttributes, ReactNode } from "react";

type Tone = "default" | "danger";

/** A compact row action: an icon and a short word; `aria-label` names what it acts on ("Edit Jane Doe"). */
export function rowActionClass(tone: Tone = "default"): string {
  const colours = tone === "danger" ? "text-red-700 hover:bg-red-50" : "text-slate-700 hover:bg-slate-100";
  return `inline-flex items-center gap-1.5 whitespace-nowrap rounded-md px-2 py-1 text-sm font-medium ${colours} disabled:opacity-50`;
}

export function RowActionButton({ icon, children, tone = "default", className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { icon: ReactNode; tone?: Tone }) {
  return (
    <button type="button" {...props} className={`${rowActionClass(tone)} ${className}`}>
      <span aria-hidden="true" className="[&>svg]:size-4">{icon}</span>
      <span>{children}</span>
    </button>
  );
}
