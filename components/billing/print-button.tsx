"use client";
// Prints the page (navigation and buttons are left out of print). Its label comes from the
// server page, so it needs no client-side words (the invoice page sends those only to payers).
import { Icon } from "@/components/ui/icon";
import { buttonClass } from "@/components/ui/button";

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className={buttonClass("secondary")} onClick={() => window.print()}>
      <Icon name="printer" className="size-4" />
      {label}
    </button>
  );
}
