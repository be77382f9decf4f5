"use client";
import { useState } from "react";
import { addDomainAction } from "@/app/orgs/[slug]/settings/domains/actions";
import { useTranslations } from "@/lib/i18n/client";
import { failureOf, useOrgAction } from "@/components/forms/use-org-action";
import { FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";

export function AddDomainForm({ slug }: { slug: string }) {
  const [state, formAction, pending] = useOrgAction(addDomainAction, slug);
  const t = useTranslations("domains.add");
  // Controlled, so a refused domain stays in the field next to its error; cleared once added.
  const [value, setValue] = useState("");
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    setHandled(state);
    if (state?.ok) setValue("");
  }
  const failure = failureOf(state);
  return (
    <section aria-labelledby="add-domain-title" className="card p-4">
      <h2 id="add-domain-title" className="section-title">
        {t("title")}
      </h2>
      <form action={formAction} className="mt-3 flex flex-col gap-3" noValidate>
        <FormError message={failure?.formError} />
        <div className="flex flex-wrap items-start gap-3">
          <TextField
            label={t("label")}
            name="domain"
            required
            maxLength={300}
            autoComplete="off"
            spellCheck={false}
            inputMode="url"
            placeholder="example.com"
            hint={t("hint")}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            errors={failure?.fieldErrors?.domain}
            className="min-w-0 flex-1 basis-56"
          />
          <button type="submit" className={buttonClass("primary", "mt-6")} disabled={pending}>
            {pending ? t("adding") : t("submit")}
          </button>
        </div>
        <p role="status" className="text-sm text-ok-strong">
          {state?.ok ? t("added", { domain: state.data.domain }) : null}
        </p>
      </form>
    </section>
  );
}
