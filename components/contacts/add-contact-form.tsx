"use client";
import { ActionForm } from "@/components/ui/action-form";
import { useActionState, useEffect } from "react";
import Link from "next/link";
import { addContactAction } from "@/app/orgs/[slug]/contacts/actions";
import { FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { ErrorCode } from "@/lib/errors/app-error";
import { LanguageSelect, RoleCheckboxes } from "./role-checkboxes";
import { format, type ContactsStrings } from "./strings";

export function AddContactForm({ slug, strings, onDone, onEditExisting }: { slug: string; strings: ContactsStrings; onDone: (message: string) => void; onEditExisting: () => void }) {
  const [state, action, pending] = useActionState(addContactAction.bind(null, slug), null);
  const failure = state && !state.ok ? state : null;
  const s = strings.contacts;
  useEffect(() => {
    if (state?.ok) onDone(format(s.form.added, { name: state.data.name }));
  }, [state, onDone, s.form.added]);
  return (
    <ActionForm action={action} className="flex flex-col gap-4" noValidate>
      <FormError message={failure?.formError} />
      <TextField label={s.form.name} name="name" required maxLength={120} autoComplete="off" errors={failure?.fieldErrors?.name} />
      <div>
        <TextField label={s.form.email} name="email" type="email" required autoComplete="off" errors={failure?.fieldErrors?.email} />
        {failure?.code === ErrorCode.CONTACT_EXISTS && failure.details?.contactId ? (
          <Link href={`/orgs/${slug}/contacts?q=${encodeURIComponent(failure.details.email ?? "")}&edit=${failure.details.contactId}`} onClick={onEditExisting} className="mt-1 inline-block text-sm font-medium text-brand-700 underline">
            {s.form.editExisting}
          </Link>
        ) : null}
      </div>
      <TextField label={s.form.phone} name="phone" type="tel" autoComplete="off" maxLength={40} errors={failure?.fieldErrors?.phone} />
      <LanguageSelect label={s.form.language} strings={strings} />
      <RoleCheckboxes strings={strings} errors={failure?.fieldErrors?.roles} />
      <div className="flex justify-end">
        <button type="submit" className={buttonClass("primary")} disabled={pending}>{pending ? s.form.saving : s.form.save}</button>
      </div>
    </ActionForm>
  );
}
