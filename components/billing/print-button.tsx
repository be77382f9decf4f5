"use client";
import { Printer } from "@/components/ui/lucide";
import { buttonClass } from "@/components/ui/button";
import { useTranslations } from "@/lib/i18n/client";

export function PrintButton() {
  const t = useTranslations("billing.invoices");
  return (
    <button type="button" className={buttonClass("secondary")} onClick={() => window.print()}>
      <Printer aria-hidden="true" className="size-4" />
      {t("print")}
    </button>
  );
}
