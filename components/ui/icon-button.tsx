import type { ButtonHTMLAttributes, ReactNode } from "react";

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
