"use client";
import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { failureOf, useFocusOnFailure } from "@/components/forms/use-org-action";
import { ActionForm } from "@/components/ui/action-form";
import { FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { useTranslations } from "@/lib/i18n/client";
import { routes } from "@/lib/routes";
import { acceptInvitationAction } from "./actions";

/** `defaultName`: the account's name, if it has one; the invitee confirms or types it (a new account has none yet). */
export function AcceptInvitationForm({
  token,
  kind,
  organization,
  defaultName,
}: {
  token: string;
  kind: "CONTACT" | "USER";
  organization: string;
  defaultName: string;
}) {
  const t = useTranslations("invitations.accept");
  const member = useTranslations("users.accept");
  const [state, action, pending] = useActionState(acceptInvitationAction, null);
  useFocusOnFailure(state);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const accepted = state?.ok ? state.data : null;
  useEffect(() => {
    if (accepted) headingRef.current?.focus();
  }, [accepted]);

  if (accepted) {
    return (
      <section aria-labelledby="invitation-accepted" className="mt-6 notice-ok p-4">
        <h2 id="invitation-accepted" ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-ok-strong outline-none">
          {accepted.kind === "USER"
            ? member("acceptedTitle", { organization: accepted.organization.name })
            : t("acceptedTitle", { organization: accepted.organization.name })}
        </h2>
        <p className="mt-1 text-sm text-ok-strong">
          {accepted.kind === "USER"
            ? member("acceptedBody", { organization: accepted.organization.name })
            : accepted.hasAccess
              ? t("acceptedWithAccess", { organization: accepted.organization.name })
              : t("acceptedNoAccess")}
        </p>
        <Link
          href={accepted.hasAccess ? routes.organization(accepted.organization.slug) : routes.home()}
          className={buttonClass("primary", "mt-4")}
        >
          {accepted.hasAccess ? t("open", { organization: accepted.organization.name }) : t("home")}
        </Link>
      </section>
    );
  }
  const failure = failureOf(state);
  return (
    <ActionForm action={action} className="mt-6 flex flex-col gap-3" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormError message={failure?.formError ?? (failure?.fieldErrors?.token ? failure.fieldErrors.token.join(" ") : undefined)} />
      <TextField
        label={t("nameLabel")}
        name="name"
        defaultValue={defaultName}
        required
        maxLength={120}
        autoComplete="name"
        hint={kind === "USER" ? member("nameHint", { organization }) : t("nameHint", { organization })}
        errors={failure?.fieldErrors?.name}
        className="max-w-sm"
      />
      <button type="submit" className={buttonClass("primary", "self-start")} disabled={pending}>
        {pending ? t("accepting") : t("accept")}
      </button>
    </ActionForm>
  );
}
