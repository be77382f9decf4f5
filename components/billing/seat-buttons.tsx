"use client";
import { useId, useState } from "react";
import { UserPlus, X } from "lucide-react";
import { Dialog } from "@/components/ui/dialog";
import { ActionForm } from "@/components/ui/action-form";
import { FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { announce } from "@/components/ui/notice";
import { useTranslations } from "@/lib/i18n/client";
import { assignLicenseAction, revokeLicenseAction } from "@/app/orgs/[slug]/billing/actions";
import { fieldErrors, useBillingAction } from "./use-billing-action";

const compact = "inline-flex items-center gap-1 rounded px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50";

export function AssignSeatButton({ slug, licenseId, product, left }: { slug: string; licenseId: string; product: string; left: number }) {
  const [open, setOpen] = useState(false);
  const t = useTranslations();
  const formId = useId();
  return (
    <>
      <button type="button" className={`${compact} mt-1`} aria-label={t("billing.licenses.assignNamed", { product })} onClick={() => setOpen(true)}>
        <UserPlus aria-hidden="true" className="size-4" />
        {t("billing.licenses.assign")}
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("billing.licenses.assignTitle", { product })} description={t("billing.licenses.assignBody", { left })}
        closeLabel={t("common.close")} focusFirstField
        footer={<>
          <button type="button" className={buttonClass("secondary")} onClick={() => setOpen(false)}>{t("common.cancel")}</button>
          <button type="submit" form={formId} className={buttonClass("primary")}>{t("billing.licenses.assign")}</button>
        </>}>
        {open ? <AssignForm id={formId} slug={slug} licenseId={licenseId} onDone={(email) => { setOpen(false); announce(t("billing.licenses.assigned", { product, email })); }} /> : null}
      </Dialog>
    </>
  );
}

function AssignForm({ id, slug, licenseId, onDone }: { id: string; slug: string; licenseId: string; onDone: (email: string) => void }) {
  const t = useTranslations("billing.licenses");
  const [state, action] = useBillingAction(assignLicenseAction, slug, (data) => onDone(data.email));
  return (
    <ActionForm id={id} action={action} className="flex flex-col gap-3" noValidate>
      <FormError message={state && !state.ok ? state.formError : undefined} />
      <input type="hidden" name="licenseId" value={licenseId} />
      <TextField name="email" type="email" label={t("email")} autoComplete="off" required maxLength={254} errors={fieldErrors(state, "email")} />
    </ActionForm>
  );
}

export function RevokeSeatButton({ slug, assignmentId, email }: { slug: string; assignmentId: string; email: string }) {
  const t = useTranslations("billing.licenses");
  const [state, action, pending] = useBillingAction(revokeLicenseAction, slug, () => announce(t("revoked", { email })));
  return (
    <ActionForm action={action} className="inline">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <button type="submit" disabled={pending} className="rounded p-1 text-slate-500 hover:bg-red-50 hover:text-red-700" aria-label={t("revokeNamed", { email })} title={t("revokeNamed", { email })}>
        <X aria-hidden="true" className="size-4" />
      </button>
      {state && !state.ok ? <span role="alert" className="text-xs text-red-700">{state.formError ?? Object.values(state.fieldErrors ?? {}).flat().join(" ")}</span> : null}
    </ActionForm>
  );
}
