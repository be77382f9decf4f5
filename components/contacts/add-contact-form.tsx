"use client";
import { ActionForm } from "@/components/ui/action-form";
import { useActionState, useEffect } from "react";
import Link from "next/link";
import { addContactAction } from "@/app/orgs/[slug]/contacts/actions";
import { FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { ErrorCode } from "@/lib/errors/app-error";
import { useTranslations } from "@/lib/i18n/client";
import { LanguageSelect, RoleCheckboxes } from "./role-checkboxes";

export function AddContactForm({ slug, onDone, onEditExisting }: { slug: string; onDone: (message: string) => void; onEditExisting: () => void }) {
  const [state, action, pending] = useActionState(addContactAction.bind(null, slug), null);
  const failure = state && !state.ok ? state : null;
  const t = useTranslations("contacts.form");
  useEffect(() => {
    if (state?.ok) onDone(t("added", { name: state.data.name }));
  }, [state, onDone, t]);
  return (
    <ActionForm action={action} className="flex flex-col gap-4" noValidate>
      <FormError message={failure?.formError} />
      <TextField label={t("name")} name="name" required maxLength={120} autoComplete="off" errors={failure?.fieldErrors?.name} />
      <div>
        <TextField label={t("email")} name="email" type="email" required autoComplete="off" errors={failure?.fieldErrors?.email} />
        {failure?.code === ErrorCode.CONTACT_EXISTS && failure.details?.contactId ? (
          <Link href={`/orgs/${slug}/contacts?q=${encodeURIComponent(failure.details.email ?? "")}&edit=${failure.details.contactId}`} onClick={onEditExisting} className="mt-1 inline-block text-sm font-medium text-brand-700 underline">
            {t("editExisting")}
          </Link>
        ) : null}
      </div>
      <TextField label={t("phone")} name="phone" type="tel" autoComplete="off" maxLength={40} errors={failure?.fieldErrors?.phone} />
      <LanguageSelect label={t("language")} />
      <RoleCheckboxes errors={failure?.fieldErrors?.roles} />
      <div className="flex justify-end">
        <button type="submit" className={buttonClass("primary")} disabled={pending}>{pending ? t("saving") : t("save")}</button>
      </div>
    </ActionForm>
  );
}
