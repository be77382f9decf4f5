"use client";
import { failureOf } from "@/components/forms/use-org-action";
import { ActionForm } from "@/components/ui/action-form";
import { useFocusOnFailure } from "@/components/forms/use-org-action";
import { useActionState } from "react";
import { requestSignInLinkAction } from "@/app/actions/auth";
import { FormError, TextField } from "./ui/field";
import { buttonClass } from "./ui/button";
import { useTranslations } from "@/lib/i18n/client";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(requestSignInLinkAction, null);
  useFocusOnFailure(state);
  const failure = failureOf(state);
  return (
    <ActionForm action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormError message={failure?.formError} />
      <TextField
        label={t("auth.emailLabel")}
        name="email"
        type="email"
        autoComplete="email"
        required
        errors={failure?.fieldErrors?.email}
      />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? t("common.loading") : t("auth.sendLink")}
      </button>
    </ActionForm>
  );
}
