"use client";
import { useId, useState } from "react";
import { CircleCheck } from "lucide-react";
import { Dialog } from "@/components/ui/dialog";
import { ActionForm } from "@/components/ui/action-form";
import { FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { announce } from "@/components/ui/notice";
import { useTranslations } from "@/lib/i18n/client";
import { markInvoicePaidAction } from "@/app/orgs/[slug]/billing/actions";
import { fieldErrors, useBillingAction } from "./use-billing-action";

/** Mark as paid: a confirmation with the payment date (today by default). */
export function MarkPaidButton({ slug, invoiceId, number, amount, today }: { slug: string; invoiceId: string; number: string; amount: string; today: string }) {
  const [open, setOpen] = useState(false);
  const t = useTranslations();
  const formId = useId();
  return (
    <>
      <button type="button" className={buttonClass("primary")} onClick={() => setOpen(true)}>
        <CircleCheck aria-hidden="true" className="size-4" />
        {t("billing.invoices.markPaid")}
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("billing.invoices.markPaidTitle", { number })} description={t("billing.invoices.markPaidBody", { amount })}
        closeLabel={t("common.close")} focusFirstField
        footer={<>
          <button type="button" className={buttonClass("secondary")} onClick={() => setOpen(false)}>{t("common.cancel")}</button>
          <button type="submit" form={formId} className={buttonClass("primary")}>{t("billing.invoices.markPaid")}</button>
        </>}>
        {open ? <PaidForm id={formId} slug={slug} invoiceId={invoiceId} today={today} onDone={() => { setOpen(false); announce(t("billing.invoices.markedPaid", { number })); }} /> : null}
      </Dialog>
    </>
  );
}

function PaidForm({ id, slug, invoiceId, today, onDone }: { id: string; slug: string; invoiceId: string; today: string; onDone: () => void }) {
  const t = useTranslations("billing.invoices");
  const [state, action] = useBillingAction(markInvoicePaidAction, slug, onDone);
  const failure = state && !state.ok ? state : null;
  return (
    <ActionForm id={id} action={action} className="flex flex-col gap-3" noValidate>
      <FormError message={failure ? (failure.formError ?? fieldErrors(failure, "invoiceId")?.join(" ")) : undefined} />
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <TextField name="paidOn" type="date" label={t("paymentDate")} defaultValue={today} max={today} required errors={fieldErrors(state, "paidOn")} />
    </ActionForm>
  );
}
