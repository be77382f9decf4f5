"use client";
import { failureOf } from "@/components/forms/use-org-action";
import { ActionForm } from "@/components/ui/action-form";
import { useFocusOnFailure } from "@/components/forms/use-org-action";
import { useActionState } from "react";
import { createOrganizationAction } from "@/app/actions/orgs";
import { FormError, TextField } from "./ui/field";
import { buttonClass } from "./ui/button";
import { useTranslations } from "@/lib/i18n/client";

export function CreateOrganizationForm() {
  const t = useTranslations("home");
  const [state, action, pending] = useActionState(createOrganizationAction, null);
  useFocusOnFailure(state);
  const failure = failureOf(state);
  return (
    <ActionForm action={action} className="flex flex-col gap-4" noValidate>
      <FormError message={failure?.formError} />
      <TextField label={t("nameLabel")} name="name" required maxLength={100} errors={failure?.fieldErrors?.name} />
      <TextField
        label={t("slugLabel")}
        name="slug"
        maxLength={48}
        hint={t("slugHelp", { slug: "…" })}
        errors={failure?.fieldErrors?.slug}
      />
      <button type="submit" className={buttonClass("primary", "self-start")} disabled={pending}>
        {t("create")}
      </button>
    </ActionForm>
  );
}
