"use client";
import { useRouter } from "next/navigation";
import { errorsUnder, fieldErrors, useOrgAction } from "@/components/forms/use-org-action";
import { ActionForm } from "@/components/ui/action-form";
import { FormError } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { useTranslations } from "@/lib/i18n/client";
import { routes } from "@/lib/routes";
import type { CatalogPlan } from "@/lib/billing/catalog";
import { MAX_NOTE } from "@/lib/billing/schemas";
import { requestQuoteAction } from "@/app/orgs/[slug]/billing/actions";
import { LineItemsEditor } from "./line-items-editor";

export function RequestQuoteForm({ slug, catalog }: { slug: string; catalog: CatalogPlan[] }) {
  const t = useTranslations("billing.requestQuote");
  const router = useRouter();
  const [state, action, pending] = useOrgAction(requestQuoteAction, slug, (data) =>
    router.push(routes.quote(slug, data.id, { requested: 1 })),
  );
  const noteErrors = fieldErrors(state, "note");
  return (
    <ActionForm action={action} className="flex flex-col gap-5" noValidate>
      <FormError message={state && !state.ok ? state.formError : undefined} />
      <LineItemsEditor catalog={catalog} errors={{ lines: errorsUnder(state, "lines"), currency: fieldErrors(state, "currency") }} />
      <div className="card flex flex-col gap-1 p-4">
        <label htmlFor="quote-note" className="field-label">
          {t("note")}
        </label>
        <textarea
          id="quote-note"
          name="note"
          rows={4}
          maxLength={MAX_NOTE}
          aria-describedby={noteErrors ? "quote-note-hint quote-note-error" : "quote-note-hint"}
          aria-invalid={noteErrors ? true : undefined}
          className="field-input"
        />
        <p id="quote-note-hint" className="field-hint">
          {t("noteHelp")}
        </p>
        {noteErrors ? (
          <p id="quote-note-error" className="field-error">
            {noteErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="flex justify-end">
        <button type="submit" className={buttonClass("primary")} disabled={pending}>
          {t("submit")}
        </button>
      </div>
    </ActionForm>
  );
}
