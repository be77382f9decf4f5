"use client";
// The signing secret of a new or rotated endpoint, shown once with Copy; closing forgets it.
import { useTranslations } from "@/lib/i18n/client";
import { ShownOnceDialog } from "@/components/ui/shown-once-dialog";

export type ShownSecret = { url: string; secret: string; rotated: boolean };

export function SecretDialog({ shown, onClose }: { shown: ShownSecret | null; onClose: () => void }) {
  const t = useTranslations("webhooks.secret");
  const common = useTranslations("common");
  const url = shown?.url ?? "";
  return (
    <ShownOnceDialog
      value={shown?.secret ?? null}
      onClose={onClose}
      words={{
        title: shown?.rotated ? t("rotatedTitle") : t("createdTitle"),
        description: t("body", { url }),
        label: t("label"),
        copy: t("copy"),
        copyContext: t("copyContext", { url }),
        copied: t("copied"),
        copyManually: t("copyManually"),
        done: t("done"),
        close: common("close"),
      }}
    />
  );
}
