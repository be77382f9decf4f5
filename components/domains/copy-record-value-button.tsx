"use client";
import { CopyButton } from "@/components/ui/copy-button";
import { useTranslations } from "@/lib/i18n/client";

/** Copies a domain's TXT record value (shown in the element `targetId`). */
export function CopyRecordValueButton({ value, targetId, domain }: { value: string; targetId: string; domain: string }) {
  const t = useTranslations("domains");
  return (
    <CopyButton
      value={value}
      targetId={targetId}
      small
      labels={{ copy: t("copy"), context: t("copyContext", { domain }), copied: t("copied"), copyManually: t("copyManually") }}
    />
  );
}
