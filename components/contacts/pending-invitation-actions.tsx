"use client";
// The Resend and Revoke buttons of a pending invitation row. Props are the row's data;
// the words come from the page's messages (invitations.pending, common).
import { useActionState, useEffect, useId, useMemo, useState } from "react";
import { resendInvitationAction, revokeInvitationAction } from "@/app/orgs/[slug]/contacts/invitation-actions";
import { useTranslations } from "@/lib/i18n/client";
import { Dialog } from "../ui/dialog";
import { ActionForm } from "../ui/action-form";
import { FormError } from "../ui/field";
import { buttonClass } from "../ui/button";

/** `email`: where the invitation was last sent, or null when it never was (nothing to resend). */
export function ResendInvitationButton({ slug, invitationId, email }: { slug: string; invitationId: string; email: string | null }) {
  const resend = useMemo(() => resendInvitationAction.bind(null, slug), [slug]);
  const [state, action, pending] = useActionState(resend, null);
  const reasonId = useId();
  const t = useTranslations("invitations.pending");
  if (email === null) {
    return (
      <span className="flex flex-col gap-1">
        <button type="button" disabled aria-describedby={reasonId} className={buttonClass("secondary", "self-start disabled:opacity-60")}>{t("resend")}</button>
        <span id={reasonId} className="max-w-48 text-xs text-slate-600">{t("resendDisabled")}</span>
      </span>
    );
  }
  return (
    <ActionForm action={action} className="flex flex-col gap-1">
      <input type="hidden" name="invitationId" value={invitationId} />
      <button type="submit" aria-label={t("resendTo", { email })} className={buttonClass("secondary", "self-start")} disabled={pending}>{t("resend")}</button>
      <span role="status" className="max-w-48 text-xs text-green-800">{state?.ok ? t("resent", { email }) : ""}</span>
      {state && !state.ok ? <span role="alert" className="max-w-48 text-xs text-red-700">{state.formError ?? Object.values(state.fieldErrors ?? {}).flat().join(" ")}</span> : null}
    </ActionForm>
  );
}

/** `email` names the invitation when it was sent; else `createdOn` (the creation date as shown in the row) does. */
export function RevokeInvitationButton({ slug, invitationId, email, createdOn }: { slug: string; invitationId: string; email: string | null; createdOn: string }) {
  const revoke = useMemo(() => revokeInvitationAction.bind(null, slug), [slug]);
  const [state, action, pending] = useActionState(revoke, null);
  const [open, setOpen] = useState(false);
  const t = useTranslations();
  // Once revoked, the refreshed list no longer has this row; close the dialog meanwhile.
  useEffect(() => {
    if (state?.ok) setOpen(false);
  }, [state]);
  const accessibleName = email ? t("invitations.pending.revokeSentTo", { email }) : t("invitations.pending.revokeCreatedOn", { date: createdOn });
  return (
    <>
      <button type="button" aria-label={accessibleName} onClick={() => setOpen(true)} className={buttonClass("secondary", "text-red-700")}>{t("invitations.pending.revoke")}</button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("invitations.pending.revokeTitle")} description={t("invitations.pending.revokeBody")}>
        <ActionForm action={action} className="flex flex-col gap-4">
          <input type="hidden" name="invitationId" value={invitationId} />
          <FormError message={state && !state.ok ? state.formError ?? Object.values(state.fieldErrors ?? {}).flat().join(" ") : undefined} />
          <div className="flex justify-end gap-2">
            <button type="button" onClick={() => setOpen(false)} className={buttonClass("secondary")}>{t("common.cancel")}</button>
            <button type="submit" className={buttonClass("danger")} disabled={pending}>{t("invitations.pending.revokeConfirm")}</button>
          </div>
        </ActionForm>
      </Dialog>
    </>
  );
}
