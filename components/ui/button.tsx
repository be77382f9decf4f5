import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";

/** The button look (component classes in app/globals.css); `extra` adds layout classes, or "btn-sm". */
export function buttonClass(variant: ButtonVariant = "primary", extra = ""): string {
  return `btn btn-${variant}${extra ? ` ${extra}` : ""}`;
}

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type="button" {...props} className={buttonClass(variant, className)} />;
}
