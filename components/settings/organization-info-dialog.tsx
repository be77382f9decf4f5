"use client";
// Settings → Edit information (org admins): name, URL name, default language of new contacts.
// After a new URL name the page moves to it (the old one only redirects).
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { Icon } from "@/components/ui/icon";
import { Dialog } from "@/components/ui/dialog";
import { ActionForm } from "@/components/ui/action-form";
import { describedBy, FieldError, FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { FooterCancel, FooterSubmit, useReportPending } from "@/components/ui/form-footer";
import { announce } from "@/components/ui/notice";
import { fieldErrors, useOrgAction } from "@/components/forms/use-org-action";
import { useTranslations } from "@/lib/i18n/client";
import { routes } from "@/lib/routes";
import { updateOrganizationInfoAction } from "@/app/orgs/[slug]/settings/actions";

type Info = { name: string; slug: string; defaultLocale: "en" | "fr" | null };

const FORM_ID = "organization-info-form";

export function OrganizationInfoDialog({ info }: { info: Info }) {
  const [open, setOpen] = useState(false);
  const t = useTranslations();
  const router = useRouter();
  return (
    <>
      <button type="button" className={buttonClass("secondary", "whitespace-normal text-left")} onClick={() => setOpen(true)}>
        <Icon name="pencil" className="size-4" />
        {t("settings.info.edit")}
      </button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("settings.info.edit")}
        closeLabel={t("common.close")}
        size="lg"
        footer={
          <>
            <FooterCancel label={t("common.cancel")} onClick={() => setOpen(false)} />
            <FooterSubmit formId={FORM_ID} label={t("common.save")} working={t("common.loading")} />
          </>
        }
      >
        {open ? (
          <InfoForm
            info={info}
            onDone={(slug) => {
              setOpen(false);
              announce(t("settings.info.saved"));
              if (slug !== info.slug) router.replace(routes.settings(slug));
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}

function InfoForm({ info, onDone }: { info: Info; onDone: (slug: string) => void }) {
  const t = useTranslations("settings");
  const [state, action, pending] = useOrgAction(updateOrganizationInfoAction, info.slug, (data) => onDone(data.slug));
  useReportPending(FORM_ID, pending);
  const id = useId();
  const [slug, setSlug] = useState(info.slug);
  return (
    <ActionForm id={FORM_ID} action={action} className="flex flex-col gap-3" noValidate>
      <FormError message={state && !state.ok ? state.formError : undefined} />
      <TextField
        id={`${id}-name`}
        name="name"
        label={t("info.name")}
        defaultValue={info.name}
        maxLength={100}
        autoComplete="organization"
        errors={fieldErrors(state, "name")}
      />
      <TextField
        id={`${id}-slug`}
        name="slug"
        label={t("info.slug")}
        value={slug}
        onChange={(event) => setSlug(event.target.value)}
        maxLength={48}
        autoComplete="off"
        spellCheck={false}
        hint={t("info.slugHint", { slug: slug.trim().toLowerCase() || "…" })}
        errors={fieldErrors(state, "slug")}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-locale`} className="field-label">
          {t("info.defaultLocale")}
        </label>
        <select
          id={`${id}-locale`}
          name="defaultLocale"
          defaultValue={info.defaultLocale ?? ""}
          className="field-input sm:w-80"
          {...describedBy(undefined, `${id}-locale-error`, fieldErrors(state, "defaultLocale"))}
        >
          <option value="">{t("info.adderLanguage")}</option>
          <option value="en">{t("languages.en")}</option>
          <option value="fr">{t("languages.fr")}</option>
        </select>
        <FieldError id={`${id}-locale-error`} errors={fieldErrors(state, "defaultLocale")} />
      </div>
    </ActionForm>
  );
}
