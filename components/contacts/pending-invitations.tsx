// "Pending invitations" under the contacts list: the contact invitations shared and not yet
// accepted (lib/invitations/list-pending-invitations.ts), with Resend (when one was emailed)
// and Revoke for those who manage contacts.
import { getTranslator } from "@/lib/i18n/server";
import type { PendingInvitation } from "@/lib/invitations/list-pending-invitations";
import { PendingInvitationsTable } from "./pending-invitations-table";

export type PendingInvitationsProps = {
  slug: string;
  /** listPendingInvitations(access).invitations */
  invitations: PendingInvitation[];
  /** listPendingInvitations(access).hasMore */
  hasMore?: boolean;
  /** access.canWrite("contacts.manage"): shows the actions. */
  canManage: boolean;
};

export async function PendingInvitations({ slug, invitations, hasMore = false, canManage }: PendingInvitationsProps) {
  const { t } = await getTranslator();
  return (
    <section id="pending-invitations" aria-labelledby="pending-invitations-title" className="mt-4 flex flex-col gap-2">
      <h2 id="pending-invitations-title" className="section-title">
        {t("invitations.pending.title")}
      </h2>
      {invitations.length === 0 ? (
        <p className="lead">{t("invitations.pending.empty")}</p>
      ) : (
        <PendingInvitationsTable
          slug={slug}
          canManage={canManage}
          rows={invitations.map(({ lastSentAt: _sent, createdBy, ...row }) => ({
            ...row,
            createdBy: createdBy ? createdBy.name || createdBy.email : null,
          }))}
        />
      )}
      {hasMore ? <p className="text-xs text-muted">{t("invitations.pending.more", { count: invitations.length })}</p> : null}
    </section>
  );
}
