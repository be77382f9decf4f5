"use client";
// Settings → Plan → Change plan (org and billing admins): the plans of the subscription's
// product in the catalogue, as radio buttons; the change applies at once.
import { useId, useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import { ActionForm } from "@/components/ui/action-form";
import { FormError } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { FooterCancel, FooterSubmit, useReportPending } from "@/components/ui/form-footer";
import { announce } from "@/components/ui/notice";
import { fieldErrors, useOrgAction } from "@/components/forms/use-org-action";
import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/client";
import { formatMoney } from "@/lib/i18n";
import { changePlanAction } from "@/app/orgs/[slug]/settings/actions";

export type PlanChoice = { id: string; name: string; prices: Partial<Record<"EUR" | "USD", number>> };

const FORM_ID = "change-plan-form";

export function ChangePlanDialog({
  slug,
  product,
  currentPlanId,
  plans,
}: {
  slug: string;
  product: string;
  currentPlanId: string;
  plans: PlanChoice[];
}) {
  const [open, setOpen] = useState(false);
  const t = useTranslations();
  return (
    <>
      <button type="button" className={buttonClass("primary")} onClick={() => setOpen(true)}>
        {t("settings.plan.change")}
      </button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("settings.plan.change")}
        description={t("settings.plan.changeIntro")}
        closeLabel={t("common.close")}
        footer={
          <>
            <FooterCancel label={t("common.cancel")} onClick={() => setOpen(false)} />
            <FooterSubmit formId={FORM_ID} label={t("settings.plan.confirm")} working={t("settings.plan.working")} />
          </>
        }
      >
        {open ? (
          <PlanForm
            slug={slug}
            product={product}
            currentPlanId={currentPlanId}
            plans={plans}
            onDone={(plan, changed) => {
              setOpen(false);
              announce(t(changed ? "settings.plan.changed" : "settings.plan.unchanged", { plan }));
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}

function PlanForm({
  slug,
  product,
  currentPlanId,
  plans,
  onDone,
}: {
  slug: string;
  product: string;
  currentPlanId: string;
  plans: PlanChoice[];
  onDone: (plan: string, changed: boolean) => void;
}) {
  const t = useTranslations("settings.plan");
  const locale = useLocale() as "en" | "fr";
  const [state, action, pending] = useOrgAction(changePlanAction, slug, (data) => onDone(data.plan, data.changed));
  useReportPending(FORM_ID, pending);
  const id = useId();
  const errors = fieldErrors(state, "planId");
  return (
    <ActionForm id={FORM_ID} action={action} className="flex flex-col gap-3" noValidate>
      <FormError message={state && !state.ok ? state.formError : undefined} />
      <fieldset aria-describedby={errors ? `${id}-error` : undefined} aria-invalid={errors ? true : undefined}>
        <legend className="field-label">{t("choose", { product })}</legend>
        <div className="mt-2 flex flex-col gap-2">
          {plans.map((plan) => {
            const price = plan.prices.EUR ?? plan.prices.USD;
            const currency = plan.prices.EUR !== undefined ? "EUR" : "USD";
            return (
              <label key={plan.id} className="card flex items-start gap-3 p-3">
                <input type="radio" name="planId" value={plan.id} defaultChecked={plan.id === currentPlanId} className="mt-1" />
                <span>
                  <span className="font-semibold">{plan.name}</span>
                  {plan.id === currentPlanId ? <span className="ml-2 text-sm text-muted">({t("currentMark")})</span> : null}
                  <span className="block text-sm text-muted">
                    {price === undefined ? t("noPrice") : t("price", { price: formatMoney(locale, price, currency) })}
                  </span>
                </span>
              </label>
            );
          })}
        </div>
        {errors ? (
          <p id={`${id}-error`} className="field-error">
            {errors.join(" ")}
          </p>
        ) : null}
      </fieldset>
    </ActionForm>
  );
}
