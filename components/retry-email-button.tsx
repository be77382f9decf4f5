"use client";
import { useActionState, useEffect } from "react";
import { retryEmailAction } from "@/app/orgs/[slug]/settings/emails/actions";
import { ActionForm } from "@/components/ui/action-form";
import { announce } from "@/components/ui/notice";
import { format } from "@/lib/i18n/format";

export function RetryEmailButton({ slug, emailId, labels }: { slug: string; emailId: string; labels: { retry: string; retryNamed: string; retried: string } }) {
  const [state, action, pending] = useActionState(retryEmailAction.bind(null, slug), null);
  useEffect(() => { if (state?.ok) announce(format(labels.retried, { to: state.data.to })); }, [state, labels.retried]);
  return (
    <ActionForm action={action}>
      <input type="hidden" name="emailId" value={emailId} />
      <button type="submit" aria-label={labels.retryNamed} disabled={pending} className="rounded px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 hover:underline">
        {labels.retry}
      </button>
      {state && !state.ok ? <p role="alert" className="text-xs text-red-700">{state.formError}</p> : null}
    </ActionForm>
  );
}
