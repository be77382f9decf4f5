"use client";
import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormError } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { useTranslations } from "@/lib/i18n/client";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations("invitations.accept");
  const member = useTranslations("users.accept");
  const [state, action, pending] = useActionState(acceptInvitationAction, null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const accepted = state?.ok ? state.data : null;
  useEffect(() => {
    if (accepted) headingRef.current?.focus();
  }, [accepted]);

  if (accepted) {
    return (
      <section aria-labelledby="invitation-accepted" className="mt-6 rounded-md bg-green-50 p-4 ring-1 ring-green-200">
        <h2 id="invitation-accepted" ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-green-900 outline-none">
          {accepted.kind === "USER" ? member("acceptedTitle", { organization: accepted.organization.name }) : t("acceptedTitle", { organization: accepted.organization.name })}
        </h2>
        <p className="mt-1 text-sm text-green-900">
          {accepted.kind === "USER" ? member("acceptedBody", { organization: accepted.organization.name })
            : accepted.hasAccess ? t("acceptedWithAccess", { organization: accepted.organization.name }) : t("acceptedNoAccess")}
        </p>
        <Link href={accepted.hasAccess ? `/orgs/${accepted.organization.slug}` : "/"} className={buttonClass("primary", "mt-4")}>
          {accepted.hasAccess ? t("open", { organization: accepted.organization.name }) : t("home")}
        </Link>
      </section>
    );
  }
  const failure = state && !state.ok ? state : null;
  return (
    <ActionForm action={action} className="mt-6 flex flex-col gap-3">
      <input type="hidden" name="token" value={token} />
      <FormError message={failure?.formError ?? (failure?.fieldErrors ? Object.values(failure.fieldErrors).flat().join(" ") : undefined)} />
      <button type="submit" className={buttonClass("primary", "self-start")} disabled={pending}>{pending ? t("accepting") : t("accept")}</button>
    </ActionForm>
  );
}
