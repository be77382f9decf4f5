"use client";
// The pending invitations as a table rendered from each row's data; the Revoke confirmation
// exists once and opens for the chosen row. A row offers only what can be done with it:
// Resend when the invitation was emailed (it resends to that address), Revoke always.
import { startTransition, useActionState, useEffect, useState } from "react";
import { useLocale } from "next-intl";
import { resendInvitationAction, revokeInvitationAction } from "@/app/orgs/[slug]/contacts/invitation-actions";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import type { ContactRoleType } from "@/lib/db/generated/enums";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { useTranslations } from "@/lib/i18n/client";
import { createRowDialog } from "@/components/forms/row-dialog";
import { failureMessage, useOrgAction } from "@/components/forms/use-org-action";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClass } from "@/components/ui/button";
import { DataTable, Truncate, type Column } from "@/components/ui/data-table";
import { Dialog, DialogBody, DialogFooter, DIALOG_FORM } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/field";
import { IconButton } from "@/components/ui/icon-button";
import { Icon } from "@/components/ui/icon";
import { StatusBadge } from "@/components/ui/status-badge";

export type PendingInvitationRow = {
  id: string;
  roles: ContactRoleType[];
  /** Where it was last emailed; null when its link was only copied or opened in a mail client. */
  email: string | null;
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  expired: boolean;
};

type Props = { slug: string; rows: PendingInvitationRow[]; canManage: boolean };

export function PendingInvitationsTable({ slug, rows, canManage }: Props) {
  const t = useTranslations("invitations.pending");
  const tAll = useTranslations();
  const locale = useLocale() as Locale;
  const date = (value: Date) => formatDate(locale, value, { dateStyle: "medium" });
  // The outcome of the last Resend, with the row it belongs to.
  const [resent, resendAction, resending] = useActionState(async (_previous: unknown, formData: FormData) => {
    const result = await resendInvitationAction(slug, null, formData);
    const message = result.ok ? t("resent", { email: result.data.email }) : (failureMessage(result) ?? "");
    return { id: String(formData.get("invitationId")), ok: result.ok, message };
  }, null);
  const [resendingId, setResendingId] = useState<string | null>(null);

  const columns: Column<PendingInvitationRow>[] = [
    {
      key: "roles",
      header: t("roles"),
      className: "wrap",
      cell: (row) => {
        const roles = CONTACT_ROLES.filter((role) => row.roles.includes(role));
        return roles.length ? (
          <ul className="chips">
            {roles.map((role) => (
              <li key={role}>{tAll(`contactRoles.${role}`)}</li>
            ))}
          </ul>
        ) : (
          tAll("common.none")
        );
      },
    },
    {
      key: "sentTo",
      header: t("sentTo"),
      cell: (row) => (row.email ? <Truncate text={row.email} /> : <span className="dim">{t("notSent")}</span>),
    },
    { key: "createdBy", header: t("createdBy"), cell: (row) => row.createdBy ?? t("unknownCreator") },
    {
      key: "created",
      header: t("created"),
      cell: (row) => <time dateTime={new Date(row.createdAt).toISOString()}>{date(row.createdAt)}</time>,
    },
    {
      key: "expires",
      header: t("expires"),
      cell: (row) =>
        row.expired ? (
          <StatusBadge tone="danger" label={t("expired", { date: date(row.expiresAt) })} />
        ) : (
          <time dateTime={new Date(row.expiresAt).toISOString()}>{date(row.expiresAt)}</time>
        ),
    },
  ];
  if (canManage) {
    columns.push({
      key: "actions",
      header: t("actions"),
      headerHidden: true,
      className: "end",
      cell: (row) => (
        <div className="actions">
          {resent?.id === row.id ? (
            <span role={resent.ok ? "status" : "alert"} className={`text-xs ${resent.ok ? "text-ok-strong" : "text-danger-strong"}`}>
              {resent.message}
            </span>
          ) : null}
          {row.email ? (
            <IconButton
              label={t("resendTo", { email: row.email })}
              icon={<Icon name="send" />}
              disabled={resending && resendingId === row.id}
              onClick={() => {
                const data = new FormData();
                data.set("invitationId", row.id);
                setResendingId(row.id);
                startTransition(() => resendAction(data));
              }}
            />
          ) : null}
          <IconButton
            label={row.email ? t("revokeSentTo", { email: row.email }) : t("revokeCreatedOn", { date: date(row.createdAt) })}
            icon={<Icon name="ban" />}
            tone="danger"
            onClick={(event) => revokeDialog.open({ row, opener: event.currentTarget })}
          />
        </div>
      ),
    });
  }
  return (
    <>
      <DataTable caption={t("caption")} columns={columns} rows={rows} rowKey={(row) => row.id} empty={t("empty")} />
      {canManage ? <RevokeDialog slug={slug} /> : null}
    </>
  );
}

const revokeDialog = createRowDialog<{ row: PendingInvitationRow; opener: HTMLElement }>();

/** Revoke, once per list, for the row whose button opened it. */
function RevokeDialog({ slug }: { slug: string }) {
  const t = useTranslations();
  const { request, close: onClose } = revokeDialog.useRequest();
  const invitation = request?.row ?? null;
  const opener = request?.opener ?? null;
  return (
    <Dialog
      open={!!invitation}
      onClose={onClose}
      title={t("invitations.pending.revokeTitle")}
      description={t("invitations.pending.revokeBody")}
      closeLabel={t("common.close")}
      returnFocusTo={opener}
    >
      {invitation ? <RevokeForm key={invitation.id} slug={slug} invitationId={invitation.id} onClose={onClose} /> : null}
    </Dialog>
  );
}

function RevokeForm({ slug, invitationId, onClose }: { slug: string; invitationId: string; onClose: () => void }) {
  const t = useTranslations();
  const [state, action, pending] = useOrgAction(revokeInvitationAction, slug);
  // Revoked: the refreshed list no longer has the row.
  useEffect(() => {
    if (state?.ok) onClose();
  }, [state, onClose]);
  const error = failureMessage(state);
  return (
    <ActionForm action={action} className={DIALOG_FORM}>
      <input type="hidden" name="invitationId" value={invitationId} />
      {error ? (
        <DialogBody>
          <FormError message={error} />
        </DialogBody>
      ) : null}
      <DialogFooter>
        <button type="button" onClick={onClose} className={buttonClass("secondary")}>
          {t("common.cancel")}
        </button>
        <button type="submit" className={buttonClass("danger")} disabled={pending}>
          {t("invitations.pending.revokeConfirm")}
        </button>
      </DialogFooter>
    </ActionForm>
  );
}
