"use client";
// Mark as paid: ONE dialog per page (the invoices list or an invoice), opened for
// the chosen invoice by its button; a row's button carries only the invoice's data.
import { useId } from "react";
import { failureOf, fieldErrors, useOrgAction } from "@/components/forms/use-org-action";
import { Icon } from "@/components/ui/icon";
import { Dialog } from "@/components/ui/dialog";
import { ActionForm } from "@/components/ui/action-form";
import { FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { createRowDialog } from "@/components/forms/row-dialog";
import { announce } from "@/components/ui/notice";
import { useTranslations } from "@/lib/i18n/client";
import { markInvoicePaidAction } from "@/app/orgs/[slug]/billing/actions";

/** An invoice to pay, its amount as shown. */
export type PayableInvoice = { id: string; number: string; amount: string };
type Request = { invoice: PayableInvoice; opener: HTMLElement };

const dialog = createRowDialog<Request>();

/** Opens the page's dialog for this invoice (a list row's compact button). */
export function openMarkPaid(invoice: PayableInvoice, opener: HTMLElement): void {
  dialog.open({ invoice, opener });
}

/** The invoice page's button that opens the dialog. */
export function MarkPaidOpener({ invoice }: { invoice: PayableInvoice }) {
  const t = useTranslations("billing.invoices");
  return (
    <button type="button" className={buttonClass("primary")} onClick={(event) => openMarkPaid(invoice, event.currentTarget)}>
      <Icon name="circle-check" className="size-4" />
      {t("markPaid")}
    </button>
  );
}

/** The dialog, once per page; `today` (YYYY-MM-DD) is the default and latest payment date. */
export function MarkPaidDialog({ slug, today }: { slug: string; today: string }) {
  const t = useTranslations();
  const { request, close } = dialog.useRequest();
  const formId = useId();
  const { id, number, amount } = request?.invoice ?? { id: "", number: "", amount: "" };
  return (
    <Dialog
      open={!!request}
      onClose={close}
      title={t("billing.invoices.markPaidTitle", { number })}
      description={t("billing.invoices.markPaidBody", { amount })}
      closeLabel={t("common.close")}
      returnFocusTo={request?.opener}
      footer={
        <>
          <button type="button" className={buttonClass("secondary")} onClick={close}>
            {t("common.cancel")}
          </button>
          <button type="submit" form={formId} className={buttonClass("primary")}>
            {t("billing.invoices.markPaid")}
          </button>
        </>
      }
    >
      {request ? (
        <PaidForm
          key={id}
          id={formId}
          slug={slug}
          invoiceId={id}
          today={today}
          onDone={() => {
            close();
            announce(t("billing.invoices.markedPaid", { number }));
          }}
        />
      ) : null}
    </Dialog>
  );
}

function PaidForm({
  id,
  slug,
  invoiceId,
  today,
  onDone,
}: {
  id: string;
  slug: string;
  invoiceId: string;
  today: string;
  onDone: () => void;
}) {
  const t = useTranslations("billing.invoices");
  const [state, action] = useOrgAction(markInvoicePaidAction, slug, onDone);
  const failure = failureOf(state);
  return (
    <ActionForm id={id} action={action} className="flex flex-col gap-3" noValidate>
      <FormError message={failure ? (failure.formError ?? fieldErrors(failure, "invoiceId")?.join(" ")) : undefined} />
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <TextField
        name="paidOn"
        type="date"
        label={t("paymentDate")}
        defaultValue={today}
        max={today}
        required
        errors={fieldErrors(state, "paidOn")}
      />
    </ActionForm>
  );
}
