"use client";
// The Resend and Revoke buttons of a pending invitation row.
import { useActionState, useEffect, useId, useMemo, useState } from "react";
import { resendInvitationAction, revokeInvitationAction } from "@/app/orgs/[slug]/contacts/invitation-actions";
import { Dialog } from "../ui/dialog";
import { ActionForm } from "../ui/action-form";
import { FormError } from "../ui/field";
import { buttonClass } from "../ui/button";

type ResendLabels =
  | { resend: string; accessibleName: string; done: string; disabledReason?: undefined }
  /** Never emailed: the button is disabled and the reason shown beside it. */
  | { resend: string; disabledReason: string; accessibleName?: undefined; done?: undefined };

export function ResendInvitationButton({ slug, invitationId, labels }: { slug: string; invitationId: string; labels: ResendLabels }) {
  const resend = useMemo(() => resendInvitationAction.bind(null, slug), [slug]);
  const [state, action, pending] = useActionState(resend, null);
  const reasonId = useId();
  if (labels.disabledReason !== undefined) {
    return (
      <span className="flex flex-col gap-1">
        <button type="button" disabled aria-describedby={reasonId} className={buttonClass("secondary", "self-start disabled:opacity-60")}>{labels.resend}</button>
        <span id={reasonId} className="max-w-48 text-xs text-slate-600">{labels.disabledReason}</span>
      </span>
    );
  }
  return (
    <ActionForm action={action} className="flex flex-col gap-1">
      <input type="hidden" name="invitationId" value={invitationId} />
      <button type="submit" aria-label={labels.accessibleName} className={buttonClass("secondary", "self-start")} disabled={pending}>{labels.resend}</button>
      <span role="status" className="max-w-48 text-xs text-green-800">{state?.ok ? labels.done : ""}</span>
      {state && !state.ok ? <span role="alert" className="max-w-48 text-xs text-red-700">{state.formError ?? Object.values(state.fieldErrors ?? {}).flat().join(" ")}</span> : null}
    </ActionForm>
  );
}

type RevokeLabels = { revoke: string; accessibleName: string; title: string; body: string; confirm: string; cancel: string };

export function RevokeInvitationButton({ slug, invitationId, labels }: { slug: string; invitationId: string; labels: RevokeLabels }) {
  const revoke = useMemo(() => revokeInvitationAction.bind(null, slug), [slug]);
  const [state, action, pending] = useActionState(revoke, null);
  const [open, setOpen] = useState(false);
  // Once revoked, the refreshed list no longer has this row; close the dialog meanwhile.
  useEffect(() => {
    if (state?.ok) setOpen(false);
  }, [state]);
  return (
    <>
      <button type="button" aria-label={labels.accessibleName} onClick={() => setOpen(true)} className={buttonClass("secondary", "text-red-700")}>{labels.revoke}</button>
      <Dialog open={open} onClose={() => setOpen(false)} title={labels.title} description={labels.body}>
        <ActionForm action={action} className="flex flex-col gap-4">
          <input type="hidden" name="invitationId" value={invitationId} />
          <FormError message={state && !state.ok ? state.formError ?? Object.values(state.fieldErrors ?? {}).flat().join(" ") : undefined} />
          <div className="flex justify-end gap-2">
            <button type="button" onClick={() => setOpen(false)} className={buttonClass("secondary")}>{labels.cancel}</button>
            <button type="submit" className={buttonClass("danger")} disabled={pending}>{labels.confirm}</button>
          </div>
        </ActionForm>
      </Dialog>
    </>
  );
}
