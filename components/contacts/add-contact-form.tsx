"use client";
import { useEffect } from "react";
import Link from "next/link";
import { addContactAction } from "@/app/orgs/[slug]/contacts/actions";
import { failureOf, useOrgAction } from "@/components/forms/use-org-action";
import { ActionForm } from "@/components/ui/action-form";
import { DialogBody, DialogFooter, DIALOG_FORM } from "@/components/ui/dialog";
import { FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { ErrorCode } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/locales";
import { useTranslations } from "@/lib/i18n/client";
import { routes } from "@/lib/routes";
import { LanguageSelect, RoleCheckboxes } from "./role-checkboxes";

export type AddedContact = { id: string; name: string; email: string };

type Props = {
  slug: string;
  domains: string[];
  /** The organization's default language, else the interface's, not English always. */
  defaultLanguage: Locale;
  onCancel: () => void;
  onDone: (contact: AddedContact) => void;
  onEditExisting: () => void;
};

/** *Add a contact from your company*: a person on one of the verified domains, added at once. */
export function AddContactForm({ slug, domains, defaultLanguage, onCancel, onDone, onEditExisting }: Props) {
  const [state, action, pending] = useOrgAction(addContactAction, slug);
  const failure = failureOf(state);
  const t = useTranslations("contacts");
  const tCommon = useTranslations("common");
  useEffect(() => {
    if (state?.ok) onDone(state.data);
  }, [state, onDone]);
  return (
    <ActionForm action={action} className={DIALOG_FORM} noValidate>
      <DialogBody className="flex flex-col gap-4">
        <p className="lead">{t("dialog.addIntro", { domains: domains.join(", ") })}</p>
        <FormError message={failure?.formError} />
        <TextField label={t("form.name")} name="name" required maxLength={120} autoComplete="off" errors={failure?.fieldErrors?.name} />
        <div>
          <TextField label={t("form.email")} name="email" type="email" required autoComplete="off" errors={failure?.fieldErrors?.email} />
          {failure?.code === ErrorCode.CONTACT_EXISTS && failure.details?.contactId ? (
            <Link
              href={routes.contacts(slug, { q: failure.details.email ?? "", edit: failure.details.contactId })}
              onClick={onEditExisting}
              className="link mt-1 inline-block text-sm"
            >
              {t("form.editExisting")}
            </Link>
          ) : null}
        </div>
        <TextField label={t("form.phone")} name="phone" type="tel" autoComplete="off" maxLength={40} errors={failure?.fieldErrors?.phone} />
        <LanguageSelect label={t("form.language")} defaultValue={defaultLanguage} />
        <RoleCheckboxes errors={failure?.fieldErrors?.roles} />
      </DialogBody>
      <DialogFooter>
        <button type="button" className={buttonClass("secondary")} onClick={onCancel}>
          {tCommon("cancel")}
        </button>
        <button type="submit" className={buttonClass("primary")} disabled={pending}>
          {pending ? t("form.saving") : t("form.save")}
        </button>
      </DialogFooter>
    </ActionForm>
  );
}
