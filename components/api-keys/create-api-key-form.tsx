"use client";
// *New API key*: name, role (those the creator may give) and expiry. Once created, the secret
// is shown in a dialog, once, with Copy; closing it forgets the secret.
import { useId, useState } from "react";
import { createApiKeyAction } from "@/app/orgs/[slug]/settings/api-keys/actions";
import type { CreatedApiKey } from "@/lib/api-keys/create-api-key";
import { API_KEY_EXPIRIES } from "@/lib/api-keys/options";
import type { OrgRole } from "@/lib/db/generated/enums";
import { useTranslations } from "@/lib/i18n/client";
import { failureOf, useOrgAction } from "@/components/forms/use-org-action";
import { FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { ShownOnceDialog } from "@/components/ui/shown-once-dialog";

export function CreateApiKeyForm({ slug, roles }: { slug: string; roles: readonly OrgRole[] }) {
  const t = useTranslations("apiKeys.create");
  const roleNames = useTranslations("roles");
  const formId = useId();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [state, formAction, pending] = useOrgAction(createApiKeyAction, slug, setCreated);
  const [formKey, setFormKey] = useState(0);
  const failure = failureOf(state);
  return (
    <section aria-labelledby={`${formId}-title`} className="card p-4">
      <h2 id={`${formId}-title`} className="section-title">
        {t("title")}
      </h2>
      <form key={formKey} action={formAction} className="mt-3 flex flex-col gap-3" noValidate>
        <FormError message={failure?.formError} />
        <div className="flex flex-wrap items-start gap-3">
          <TextField
            label={t("name")}
            name="name"
            required
            maxLength={200}
            autoComplete="off"
            hint={t("nameHint")}
            errors={failure?.fieldErrors?.name}
            className="min-w-0 flex-1 basis-56"
          />
          <div className="flex flex-col gap-1">
            <label htmlFor={`${formId}-role`} className="field-label">
              {t("role")}
            </label>
            <select
              id={`${formId}-role`}
              name="role"
              defaultValue="MEMBER"
              aria-describedby={`${formId}-role-hint`}
              aria-invalid={failure?.fieldErrors?.role ? true : undefined}
              className="field-input"
            >
              {roles.map((role) => (
                <option key={role} value={role}>
                  {roleNames(role)}
                </option>
              ))}
            </select>
            <p id={`${formId}-role-hint`} className="field-hint max-w-60">
              {t("roleHint")}
            </p>
            {failure?.fieldErrors?.role ? <p className="field-error">{failure.fieldErrors.role.join(" ")}</p> : null}
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${formId}-expires`} className="field-label">
              {t("expiresIn")}
            </label>
            <select id={`${formId}-expires`} name="expiresIn" defaultValue="never" className="field-input">
              {API_KEY_EXPIRIES.map((expiry) => (
                <option key={expiry} value={expiry}>
                  {t(`expiries.${expiry}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("primary", "mt-6")} disabled={pending}>
            {pending ? t("creating") : t("submit")}
          </button>
        </div>
      </form>
      <CreatedKeyDialog
        created={created}
        onClose={() => {
          setCreated(null);
          setFormKey((key) => key + 1);
        }}
      />
    </section>
  );
}

function CreatedKeyDialog({ created, onClose }: { created: CreatedApiKey | null; onClose: () => void }) {
  const t = useTranslations("apiKeys.created");
  const common = useTranslations("common");
  const name = created?.name ?? "";
  return (
    <ShownOnceDialog
      value={created?.key ?? null}
      onClose={onClose}
      words={{
        title: t("title"),
        description: t("body", { name }),
        label: t("label"),
        copy: t("copy"),
        copyContext: t("copyContext", { name }),
        copied: t("copied"),
        copyManually: t("copyManually"),
        done: t("done"),
        close: common("close"),
      }}
    />
  );
}
