"use client";
// The signing secret of a new or rotated endpoint, shown once with Copy; closing forgets it.
import { useId } from "react";
import { useTranslations } from "@/lib/i18n/client";
import { buttonClass } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog, DialogBody, DialogFooter } from "@/components/ui/dialog";

export type ShownSecret = { url: string; secret: string; rotated: boolean };

export function SecretDialog({ shown, onClose }: { shown: ShownSecret | null; onClose: () => void }) {
  const t = useTranslations("webhooks.secret");
  const common = useTranslations("common");
  const valueId = useId();
  return (
    <Dialog
      open={!!shown}
      onClose={onClose}
      title={shown?.rotated ? t("rotatedTitle") : t("createdTitle")}
      description={t("body", { url: shown?.url ?? "" })}
      closeLabel={common("close")}
    >
      {shown ? (
        <>
          <DialogBody>
            <p className="field-label" id={`${valueId}-label`}>
              {t("label")}
            </p>
            <div className="mt-1 flex flex-wrap items-center gap-2">
              <code id={valueId} aria-labelledby={`${valueId}-label`} className="rounded bg-subtle px-2 py-1 text-sm break-all select-all">
                {shown.secret}
              </code>
              <CopyButton
                value={shown.secret}
                targetId={valueId}
                labels={{
                  copy: t("copy"),
                  context: t("copyContext", { url: shown.url }),
                  copied: t("copied"),
                  copyManually: t("copyManually"),
                }}
              />
            </div>
          </DialogBody>
          <DialogFooter>
            <button type="button" onClick={onClose} className={buttonClass("primary")}>
              {t("done")}
            </button>
          </DialogFooter>
        </>
      ) : null}
    </Dialog>
  );
}
