"use client";
import { useId, useState } from "react";
import { fieldErrors, useOrgAction } from "@/components/forms/use-org-action";
import { Icon } from "@/components/ui/icon";
import { Dialog } from "@/components/ui/dialog";
import { ActionForm } from "@/components/ui/action-form";
import { FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { announce } from "@/components/ui/notice";
import { useTranslations } from "@/lib/i18n/client";
import { updateBillingDetailsAction } from "@/app/orgs/[slug]/billing/actions";

type Details = Record<"legalName" | "addressLine1" | "addressLine2" | "postalCode" | "city" | "country" | "vatId", string | null>;

export function BillingDetailsDialog({ slug, details }: { slug: string; details: Details }) {
  const [open, setOpen] = useState(false);
  const t = useTranslations();
  return (
    <>
      <button type="button" className={buttonClass("secondary", "whitespace-normal text-left")} onClick={() => setOpen(true)}>
        <Icon name="pencil" className="size-4" />
        {t("billing.details.edit")}
      </button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("billing.details.edit")}
        closeLabel={t("common.close")}
        focusFirstField
        size="lg"
        footer={<DetailsFooter onCancel={() => setOpen(false)} />}
      >
        {open ? (
          <DetailsForm
            slug={slug}
            details={details}
            onDone={() => {
              setOpen(false);
              announce(t("billing.details.saved"));
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}

const FORM_ID = "billing-details-form";

function DetailsFooter({ onCancel }: { onCancel: () => void }) {
  const t = useTranslations();
  return (
    <>
      <button type="button" className={buttonClass("secondary")} onClick={onCancel}>
        {t("common.cancel")}
      </button>
      <button type="submit" form={FORM_ID} className={buttonClass("primary")}>
        {t("common.save")}
      </button>
    </>
  );
}

function DetailsForm({ slug, details, onDone }: { slug: string; details: Details; onDone: () => void }) {
  const t = useTranslations("billing.details");
  const [state, action] = useOrgAction(updateBillingDetailsAction, slug, onDone);
  const id = useId();
  const field = (name: keyof Details, extra: { autoComplete?: string; maxLength: number; className?: string }) => (
    <TextField
      id={`${id}-${name}`}
      name={name}
      label={t(name)}
      defaultValue={details[name] ?? ""}
      errors={fieldErrors(state, name)}
      {...extra}
    />
  );
  return (
    <ActionForm id={FORM_ID} action={action} className="grid gap-3 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormError message={state && !state.ok ? state.formError : undefined} />
      </div>
      {field("legalName", { autoComplete: "organization", maxLength: 200, className: "sm:col-span-2" })}
      {field("addressLine1", { autoComplete: "address-line1", maxLength: 200, className: "sm:col-span-2" })}
      {field("addressLine2", { autoComplete: "address-line2", maxLength: 200, className: "sm:col-span-2" })}
      {field("postalCode", { autoComplete: "postal-code", maxLength: 20 })}
      {field("city", { autoComplete: "address-level2", maxLength: 100 })}
      {field("country", { autoComplete: "country", maxLength: 2 })}
      {field("vatId", { maxLength: 20 })}
    </ActionForm>
  );
}
