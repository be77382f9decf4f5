"use client";
// The users table, drawn in the browser from compact rows: a page of 25 users then costs its
// HTML and a few hundred bytes of data per row, instead of its markup twice (the HTML and the
// server-component payload). Row actions open the dialogs rendered once by user-dialogs.tsx.
import { useState } from "react";
import { useLocale } from "next-intl";
import { RowActionButton } from "@/components/ui/icon-button";
import { announce } from "@/components/ui/notice";
import { resendUserInvitationAction } from "@/app/orgs/[slug]/users/actions";
import { canAssignRole, canRemoveRole } from "@/lib/auth/capabilities";
import type { OrgRole } from "@/lib/db/generated/enums";
import { formatDateCached as formatDate, formatRelative } from "@/lib/i18n/relative-time";
import { useTranslations } from "@/lib/i18n/client";
import { UserAvatar } from "./user-avatar";
import { WorkspaceNames } from "./workspace-names";
import { openUserDialog, type DialogUser } from "./user-dialog-store";

export type TableUser = {
  id: string;
  userId: string;
  name: string | null;
  email: string;
  image: string | null;
  role: OrgRole;
  pending: boolean;
  /** Epoch ms. */
  lastActive: number | null;
  /** A pending user's invitation expiry, epoch ms. */
  expires: number | null;
  workspaces: number;
  names: string[];
  contacts: number;
};

/** What the viewer may do (the server checks again on every action). */
export type Viewer = { userId: string; role: OrgRole | null; changeRole: boolean; changeWorkspaces: boolean; remove: boolean; add: boolean };

type Props = { slug: string; organizationName: string; rows: TableUser[]; viewer: Viewer; actions: boolean; now: number };

export function UsersTable({ slug, organizationName, rows, viewer, actions, now }: Props) {
  const t = useTranslations("users");
  const roles = useTranslations("roles");
  const locale = useLocale() as "en" | "fr";
  const [sending, setSending] = useState<string | null>(null);
  const current = new Date(now);

  const resend = async (row: TableUser) => {
    setSending(row.id);
    const result = await resendUserInvitationAction(slug, row.id);
    setSending(null);
    announce(result.ok
      ? t("resent", { email: result.data.email, date: formatDate(locale, new Date(result.data.expiresAt), { dateStyle: "long" }) })
      : (result.formError ?? Object.values(result.fieldErrors ?? {}).flat().join(" ")));
  };

  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="w-full text-left text-sm [&_td]:whitespace-nowrap [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2">
        <caption className="sr-only">{t("tableCaption", { org: organizationName })}</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col">{t("columns.user")}</th>
            <th scope="col">{t("columns.role")}</th>
            <th scope="col" className="whitespace-nowrap">{t("columns.lastActive")}</th>
            <th scope="col">{t("columns.workspaces")}</th>
            {actions ? <th scope="col" className="text-right">{t("columns.actions")}</th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 ? (
            <tr><td colSpan={actions ? 5 : 4} className="py-6 text-center text-slate-600">{t("empty")}</td></tr>
          ) : rows.map((row, index) => {
            const name = row.name?.trim() || row.email;
            const self = row.userId === viewer.userId;
            const user: DialogUser = {
              membershipId: row.id, name, email: row.email, role: row.role, status: row.pending ? "PENDING" : "ACTIVE",
              workspaceCount: row.workspaces, assignedContacts: row.contacts, self,
              canChangeRole: viewer.changeRole && !self, canChangeWorkspaces: viewer.changeWorkspaces,
            };
            const canDelete = viewer.remove && !self && !row.pending && !!viewer.role && canRemoveRole(viewer.role, row.role);
            const canInvite = viewer.add && row.pending && !!viewer.role && canAssignRole(viewer.role, row.role);
            const hidden = row.workspaces - row.names.length;
            return (
              <tr key={row.id}>
                <th scope="row" className="font-medium">
                  <span className="flex items-center gap-3">
                    <UserAvatar id={row.userId} name={row.name} email={row.email} image={row.image} />
                    <span className="flex min-w-0 max-w-72 flex-col">
                      <span className="truncate" title={name}>{name}{self ? <span className="font-normal text-slate-500"> ({t("you")})</span> : null}</span>
                      {row.name?.trim() ? <span className="truncate text-xs font-normal text-slate-600" title={row.email}>{row.email}</span> : null}
                    </span>
                  </span>
                </th>
                <td>{roles(row.role)}</td>
                <td>
                  {row.pending ? (
                    <span className="flex flex-col items-start gap-0.5">
                      <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">{t("pending")}</span>
                      {row.expires ? (
                        <span className="text-xs text-slate-600">
                          {t(row.expires <= now ? "invitationExpired" : "invitationExpires", { date: formatDate(locale, new Date(row.expires)) })}
                        </span>
                      ) : null}
                    </span>
                  ) : row.lastActive ? (
                    <time dateTime={new Date(row.lastActive).toISOString()} title={formatDate(locale, new Date(row.lastActive), { dateStyle: "medium", timeStyle: "short" })} suppressHydrationWarning>
                      {formatRelative(locale, new Date(row.lastActive), current)}
                    </time>
                  ) : <span className="text-slate-500">{t("never")}</span>}
                </td>
                <td>
                  <WorkspaceNames id={`ws-${index}`} label={t("workspaceCount", { count: row.workspaces })} names={row.names}
                    more={hidden > 0 ? t("workspaceMore", { count: hidden }) : null} describedAs={t("workspacesOf", { name })} />
                </td>
                {actions ? (
                  <td>
                    <div className="flex items-center justify-end gap-1">
                      {canInvite ? (
                        <>
                          <RowActionButton icon="resend" disabled={sending === row.id} onClick={() => resend(row)} aria-label={t("actions.resendNamed", { email: row.email })}>{t("actions.resend")}</RowActionButton>
                          <RowActionButton icon="revoke" tone="danger" onClick={() => openUserDialog({ kind: "revoke", user })} aria-label={t("actions.revokeNamed", { email: row.email })}>{t("actions.revoke")}</RowActionButton>
                        </>
                      ) : null}
                      {user.canChangeRole || user.canChangeWorkspaces ? (
                        <RowActionButton icon="pencil" onClick={() => openUserDialog({ kind: "edit", user })} aria-label={t("actions.editNamed", { name })}>{t("actions.edit")}</RowActionButton>
                      ) : null}
                      {canDelete ? (
                        <RowActionButton icon="trash" tone="danger" onClick={() => openUserDialog({ kind: "delete", user })} aria-label={t("actions.deleteNamed", { name })}>{t("actions.delete")}</RowActionButton>
                      ) : null}
                    </div>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
