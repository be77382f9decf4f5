"use client";
import { useActionState, useEffect, useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { useTranslations } from "@/lib/i18n/client";
import { Dialog } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";

type State = ActionResult<{ id: string; domain: string }> | null;
/** "Remove" → a confirmation dialog → the domain is removed (the page refreshes without it). */
export function RemoveDomainButton({ action, domainId, domain }: { action: (previous: State, formData: FormData) => Promise<State>; domainId: string; domain: string }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(action, null);
  const failure = state && !state.ok ? state : null;
  useEffect(() => {
    if (state?.ok) setOpen(false);
  }, [state]);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className={buttonClass("secondary", "px-2 py-1 text-xs")}>
        {t("domains.remove.button")}<span className="sr-only"> {domain}</span>
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("domains.remove.title", { domain })} description={t("domains.remove.body")}>
        <form action={formAction} className="flex flex-col gap-4">
          <input type="hidden" name="domainId" value={domainId} />
          <FormError message={failure?.formError ?? failure?.fieldErrors?.domainId?.join(" ")} />
          <div className="flex justify-end gap-2">
            <button type="button" onClick={() => setOpen(false)} className={buttonClass("secondary")}>{t("common.cancel")}</button>
            <button type="submit" className={buttonClass("danger")} disabled={pending}>{pending ? t("domains.remove.removing") : t("domains.remove.confirm")}</button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
