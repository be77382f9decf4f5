// Compact row actions. IconButton: an icon, named for screen readers and explained by its
// tooltip (the kit's). RowActionButton and its sprite: an icon and a short word, the drawings
// written once per page (<RowIconSprite />) and referred to by each button (<use>).
import type { ButtonHTMLAttributes, ReactNode } from "react";
import { CircleX, Pencil, RotateCw, Trash2, UserCheck, UserMinus, UserX } from "lucide-react";

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "children" | "aria-label"> & {
  /** The accessible name, also shown as the tooltip on hover and keyboard focus (CSS, from aria-label). */
  label: string;
  icon: ReactNode;
  tone?: "danger";
};

/** A compact row action: an icon, named for screen readers and explained by its tooltip. */
export function IconButton({ label, icon, tone, className, type = "button", ...props }: Props) {
  return (
    <button type={type} aria-label={label} data-tone={tone} className={className ? `icon-btn ${className}` : "icon-btn"} {...props}>
      {icon}
    </button>
  );
}

const ICONS = { pencil: Pencil, trash: Trash2, resend: RotateCw, revoke: CircleX, userMinus: UserMinus, userCheck: UserCheck, userX: UserX } as const;
export type RowIcon = keyof typeof ICONS;

type Tone = "default" | "danger";

/** Styles in app/globals.css (`.row-action`), written once per page rather than once per row. */
export function rowActionClass(tone: Tone = "default"): string {
  return tone === "danger" ? "row-action danger" : "row-action";
}

/** The drawings of the row icons, once per page that shows row actions. */
export function RowIconSprite() {
  return (
    <svg aria-hidden="true" width="0" height="0" className="absolute">
      {Object.entries(ICONS).map(([name, Icon]) => (
        <symbol key={name} id={`row-icon-${name}`} viewBox="0 0 24 24"><Icon /></symbol>
      ))}
    </svg>
  );
}

export function RowIconGlyph({ icon }: { icon: RowIcon }) {
  return <svg aria-hidden="true"><use href={`#row-icon-${icon}`} /></svg>;
}

/** On narrower screens only the icon shows (its name stays in aria-label, and in a tooltip). */
export function RowActionButton({ icon, children, tone = "default", className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { icon: RowIcon; tone?: Tone }) {
  return (
    <button type="button" title={props["aria-label"]} {...props} className={className ? `${rowActionClass(tone)} ${className}` : rowActionClass(tone)}>
      <RowIconGlyph icon={icon} />
      <span className="max-2xl:sr-only">{children}</span>
    </button>
  );
}
