// "Pending invitations" under the contacts list: who created each, when, where it was sent,
// when it expires, with Resend and Revoke for those who manage contacts.
import { formatDate } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import type { PendingInvitation } from "@/lib/invitations/list-pending-invitations";
import { ResendInvitationButton, RevokeInvitationButton } from "./pending-invitation-actions";

export type PendingInvitationsProps = {
  slug: string;
  /** listPendingInvitations(access).invitations */
  invitations: PendingInvitation[];
  /** listPendingInvitations(access).hasMore */
  hasMore?: boolean;
  /** access.can("contacts.manage"): shows the Actions column. */
  canManage: boolean;
};

export async function PendingInvitations({ slug, invitations, hasMore = false, canManage }: PendingInvitationsProps) {
  const { t, locale } = await getTranslator();
  const date = (value: Date) => formatDate(locale, value, { dateStyle: "medium" });
  return (
    <section aria-labelledby="pending-invitations-title" className="mt-8">
      <h2 id="pending-invitations-title" className="text-lg font-semibold">{t("invitations.pending.title")}</h2>
      {invitations.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("invitations.pending.empty")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="px-4 py-2 text-left text-xs text-slate-600">{t("invitations.pending.caption")}</caption>
            <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2">{t("invitations.pending.roles")}</th>
                <th scope="col" className="px-4 py-2">{t("invitations.pending.sentTo")}</th>
                <th scope="col" className="px-4 py-2">{t("invitations.pending.createdBy")}</th>
                <th scope="col" className="px-4 py-2">{t("invitations.pending.created")}</th>
                <th scope="col" className="px-4 py-2">{t("invitations.pending.expires")}</th>
                {canManage ? <th scope="col" className="px-4 py-2">{t("invitations.pending.actions")}</th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {invitations.map((invitation) => {
                const roles = CONTACT_ROLES.filter((role) => invitation.roles.includes(role)).map((role) => t(`contactRoles.${role}`));
                const created = date(invitation.createdAt);
                return (
                  <tr key={invitation.id} className="align-top">
                    <td className="px-4 py-2">{roles.length ? roles.join(", ") : t("common.none")}</td>
                    <td className="px-4 py-2 break-all">{invitation.email ?? <span className="text-slate-500">{t("invitations.pending.notSent")}</span>}</td>
                    <td className="px-4 py-2">{invitation.createdBy ? invitation.createdBy.name || invitation.createdBy.email : t("invitations.pending.unknownCreator")}</td>
                    <td className="px-4 py-2 whitespace-nowrap"><time dateTime={invitation.createdAt.toISOString()}>{created}</time></td>
                    <td className="px-4 py-2 whitespace-nowrap">
                      <time dateTime={invitation.expiresAt.toISOString()} className={invitation.expired ? "font-medium text-red-700" : undefined}>
                        {invitation.expired ? t("invitations.pending.expired", { date: date(invitation.expiresAt) }) : date(invitation.expiresAt)}
                      </time>
                    </td>
                    {canManage ? (
                      <td className="px-4 py-2">
                        <div className="flex flex-wrap items-start gap-2">
                          <ResendInvitationButton slug={slug} invitationId={invitation.id} email={invitation.email} />
                          <RevokeInvitationButton slug={slug} invitationId={invitation.id} email={invitation.email} createdOn={created} />
                        </div>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {hasMore ? <p className="mt-2 text-xs text-slate-600">{t("invitations.pending.more", { count: invitations.length })}</p> : null}
    </section>
  );
}
