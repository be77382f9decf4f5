"use client";
// *Add an endpoint*: its URL and the events it wants (checkboxes, all listed). Once added, the
// signing secret is shown once in a dialog.
import { useId, useState } from "react";
import { createWebhookEndpointAction } from "@/app/orgs/[slug]/settings/webhooks/actions";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { useTranslations } from "@/lib/i18n/client";
import { failureOf, useOrgAction } from "@/components/forms/use-org-action";
import { ActionForm } from "@/components/ui/action-form";
import { FieldError, FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { SecretDialog, type ShownSecret } from "./secret-dialog";

export function CreateWebhookForm({ slug }: { slug: string }) {
  const t = useTranslations("webhooks");
  const id = useId();
  const [shown, setShown] = useState<ShownSecret | null>(null);
  const [state, formAction, pending] = useOrgAction(createWebhookEndpointAction, slug, (created) =>
    setShown({ url: created.url, secret: created.secret, rotated: false }),
  );
  const [formKey, setFormKey] = useState(0);
  const failure = failureOf(state);
  const eventErrors = failure?.fieldErrors?.events;
  return (
    <section aria-labelledby={`${id}-title`} className="card p-4">
      <h2 id={`${id}-title`} className="section-title">
        {t("create.title")}
      </h2>
      <ActionForm key={formKey} action={formAction} className="mt-3 flex flex-col gap-3" noValidate>
        <FormError message={failure?.formError} />
        <TextField
          label={t("create.url")}
          name="url"
          type="url"
          required
          maxLength={2000}
          autoComplete="off"
          placeholder="https://"
          hint={t("create.urlHint")}
          errors={failure?.fieldErrors?.url}
          className="max-w-2xl"
        />
        <fieldset aria-describedby={eventErrors ? `${id}-events-error` : undefined}>
          <legend className="field-label">{t("create.events")}</legend>
          <div className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
            {WEBHOOK_EVENT_TYPES.map((type) => (
              <label key={type} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="events[]" value={type} defaultChecked />
                <span>{t(`eventNames.${type}`)}</span>
                <code className="text-xs text-muted">{type}</code>
              </label>
            ))}
          </div>
          <FieldError id={`${id}-events-error`} errors={eventErrors} />
        </fieldset>
        <div>
          <button type="submit" className={buttonClass("primary")} disabled={pending}>
            {pending ? t("create.creating") : t("create.submit")}
          </button>
        </div>
      </ActionForm>
      <SecretDialog
        shown={shown}
        onClose={() => {
          setShown(null);
          setFormKey((key) => key + 1);
        }}
      />
    </section>
  );
}
