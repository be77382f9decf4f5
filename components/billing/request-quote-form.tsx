"use client";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { FormError } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { useTranslations } from "@/lib/i18n/client";
import type { CatalogPlan } from "@/lib/billing/catalog";
import { MAX_NOTE } from "@/lib/billing/schemas";
import { requestQuoteAction } from "@/app/orgs/[slug]/billing/actions";
import { LineItemsEditor } from "./line-items-editor";
import { fieldErrors, useBillingAction } from "./use-billing-action";

export function RequestQuoteForm({ slug, catalog }: { slug: string; catalog: CatalogPlan[] }) {
  const t = useTranslations("billing.requestQuote");
  const router = useRouter();
  const [state, action, pending] = useBillingAction(requestQuoteAction, slug, (data) => router.push(`/orgs/${slug}/billing/quotes/${data.id}?requested=1`));
  const noteErrors = fieldErrors(state, "note");
  return (
    <ActionForm action={action} className="flex flex-col gap-5" noValidate>
      <FormError message={state && !state.ok ? state.formError : undefined} />
      <LineItemsEditor catalog={catalog} errors={{ lines: fieldErrors(state, "lines"), currency: fieldErrors(state, "currency") }} />
      <div className="flex flex-col gap-1">
        <label htmlFor="quote-note" className="text-sm font-medium text-slate-800">{t("note")}</label>
        <textarea id="quote-note" name="note" rows={4} maxLength={MAX_NOTE} aria-describedby="quote-note-hint" aria-invalid={noteErrors ? true : undefined}
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm" />
        <p id="quote-note-hint" className="text-xs text-slate-600">{t("noteHelp")}</p>
        {noteErrors ? <p className="text-sm text-red-700">{noteErrors.join(" ")}</p> : null}
      </div>
      <div className="flex justify-end">
        <button type="submit" className={buttonClass("primary")} disabled={pending}>{t("submit")}</button>
      </div>
    </ActionForm>
  );
}
