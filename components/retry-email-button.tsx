"use client";
import { useActionState, useEffect } from "react";
import { retryEmailAction } from "@/app/orgs/[slug]/settings/emails/actions";
import { ActionForm } from "@/components/ui/action-form";
import { announce } from "@/components/ui/notice";
import { useTranslations } from "@/lib/i18n/client";

/** "Send again" for a failed email of the log; `subject` and `to` name it for screen readers. */
export function RetryEmailButton({ slug, emailId, subject, to }: { slug: string; emailId: string; subject: string; to: string }) {
  const [state, action, pending] = useActionState(retryEmailAction.bind(null, slug), null);
  const t = useTranslations("outbox");
  useEffect(() => { if (state?.ok) announce(t("retried", { to: state.data.to })); }, [state, t]);
  return (
    <ActionForm action={action}>
      <input type="hidden" name="emailId" value={emailId} />
      <button type="submit" aria-label={t("retryNamed", { subject, to })} disabled={pending} className="rounded px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 hover:underline">
        {t("retry")}
      </button>
      {state && !state.ok ? <p role="alert" className="text-xs text-red-700">{state.formError}</p> : null}
    </ActionForm>
  );
}
