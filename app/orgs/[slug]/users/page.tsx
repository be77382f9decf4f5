// The users page (SPEC §4 "Users", issue 7 point 1): avatar, name, role, email, last active
// (*Pending* for invitations not yet accepted), workspaces, actions; search, filters, sort,
// pages. Statements per view: the access (shared with the layout), the list, its capped
// count — 3 of the budget of 4. The dialogs' workspace lists load when a dialog opens.
import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n";
import { formatRelative } from "@/lib/i18n/relative-time";
import type { MessagePath } from "@/lib/i18n/pick-messages";
import { db } from "@/lib/db/prisma";
import { ASSIGNABLE_ROLES, canAssignRole, canRemoveRole } from "@/lib/auth/capabilities";
import { listUsers, type UserRow } from "@/lib/users/list-users";
import { userListQuerySchema, type UserListQuery } from "@/lib/users/schemas";
import type { OrgAccess } from "@/lib/auth/access";
import { ClientMessages } from "@/components/client-messages";
import { NoticeRegion } from "@/components/ui/notice";
import { Pagination } from "@/components/contacts/pagination";
import { UsersFilters } from "@/components/users/users-filters";
import { UserAvatar } from "@/components/users/user-avatar";
import { WorkspaceNames } from "@/components/users/workspace-names";
import { UserRowActions } from "@/components/users/user-row-actions";
import { UserDialogs } from "@/components/users/user-dialogs";
import { AddUserDialog } from "@/components/users/add-user-dialog";
import type { DialogUser } from "@/components/users/user-dialog-store";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const [{ t }, access] = await Promise.all([getTranslator(), requirePageAccess((await params).slug, "users.view")]);
  return { title: `${t("users.title")} — ${access.organization.name}` };
}

/** What the page's client components say (Add user, row actions, the dialogs): sent once. */
const CLIENT_MESSAGES: MessagePath[] = ["common", "roles", "users.addUser", "users.add", "users.picker", "users.actions", "users.edit", "users.delete", "users.revoke", "users.resent", "users.roleHelp"];

function queryString(query: UserListQuery, overrides: Partial<UserListQuery> = {}): string {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  if (merged.role) params.set("role", merged.role);
  if (merged.status) params.set("status", merged.status);
  if (merged.sort !== "name") params.set("sort", merged.sort);
  if (merged.size !== 25) params.set("size", String(merged.size));
  if (merged.page > 1) params.set("page", String(merged.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** What this viewer may do to this row (the server checks again on every action). */
function rowPermissions(access: OrgAccess, row: UserRow, writable: boolean) {
  const self = row.userId === access.userId;
  const myRole = access.orgRole;
  return {
    self,
    canChangeRole: writable && access.can("users.changeRole") && !self,
    canChangeWorkspaces: writable && access.can("users.changeWorkspaces"),
    canDelete: writable && !self && access.can("users.remove") && !!myRole && canRemoveRole(myRole, row.role),
    canManageInvitation: writable && access.can("users.add") && !!myRole && canAssignRole(myRole, row.role),
  };
}

export default async function UsersPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const access = await requirePageAccess(slug, "users.view");
  const query = userListQuerySchema.parse(await searchParams);
  // A cancelled organization is read-only: no buttons that would only be refused.
  const writable = access.canWrite();
  const myRole = access.orgRole;
  const canAdd = writable && access.can("users.add") && !!myRole && ASSIGNABLE_ROLES[myRole].length > 0;
  const anyRowAction = writable && (access.can("users.changeRole") || access.can("users.changeWorkspaces") || access.can("users.remove") || access.can("users.add"));
  const [{ t, locale }, page] = await Promise.all([getTranslator(), listUsers(db, access.organization.id, query)]);
  const basePath = `/orgs/${access.organization.slug}/users`;
  const now = new Date();
  const organization = access.organization.name;

  return (
    <ClientMessages namespaces={canAdd || anyRowAction ? CLIENT_MESSAGES : []}>
      <section aria-labelledby="users-title" className="flex flex-col gap-5">
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 id="users-title" className="text-2xl font-bold">{t("users.title")}</h1>
            <p className="mt-1 text-sm text-slate-600">{t("users.intro", { org: organization })}</p>
            {!anyRowAction && writable ? <p className="mt-2 text-sm text-slate-700">{t("users.readOnly")}</p> : null}
          </div>
          {canAdd ? <AddUserDialog slug={access.organization.slug} roles={ASSIGNABLE_ROLES[myRole!]} defaultLanguage={access.organization.defaultLocale} canAssignWorkspaces={access.can("users.changeWorkspaces")} /> : null}
        </header>

        <NoticeRegion />
        <UsersFilters query={query} basePath={basePath} />

        <p role="status" className="text-sm text-slate-700">
          {page.capped ? t("users.resultsCapped", { count: page.total }) : t("users.results", { count: page.total })}
        </p>

        <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("users.tableCaption", { org: organization })}</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">{t("users.columns.user")}</th>
                <th scope="col" className="px-3 py-2">{t("users.columns.role")}</th>
                <th scope="col" className="px-3 py-2">{t("users.columns.email")}</th>
                <th scope="col" className="whitespace-nowrap px-3 py-2">{t("users.columns.lastActive")}</th>
                <th scope="col" className="px-3 py-2">{t("users.columns.workspaces")}</th>
                {anyRowAction ? <th scope="col" className="px-3 py-2 text-right">{t("users.columns.actions")}</th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.rows.length === 0 ? (
                <tr><td colSpan={anyRowAction ? 6 : 5} className="px-3 py-6 text-center text-slate-600">{t("users.empty")}</td></tr>
              ) : (
                page.rows.map((row) => {
                  const name = row.name?.trim() || row.email;
                  const can = rowPermissions(access, row, writable);
                  const hidden = Math.max(0, row.workspaceCount - row.workspaceNames.length);
                  const dialogUser: DialogUser = {
                    membershipId: row.membershipId, name, email: row.email, role: row.role, status: row.status,
                    workspaceCount: row.workspaceCount, assignedContacts: row.assignedContacts,
                    self: can.self, canChangeRole: can.canChangeRole, canChangeWorkspaces: can.canChangeWorkspaces,
                  };
                  return (
                    <tr key={row.membershipId}>
                      <th scope="row" className="px-3 py-2 font-medium">
                        <span className="flex items-center gap-3">
                          <UserAvatar id={row.userId} name={row.name} email={row.email} image={row.image} />
                          <span className="whitespace-nowrap">{name}{can.self ? <span className="font-normal text-slate-500"> ({t("users.you")})</span> : null}</span>
                        </span>
                      </th>
                      <td className="whitespace-nowrap px-3 py-2">{t(`roles.${row.role}`)}</td>
                      <td className="max-w-72 truncate px-3 py-2" title={row.email}>{row.email}</td>
                      <td className="whitespace-nowrap px-3 py-2">
                        {row.status === "PENDING" ? (
                          <span className="flex flex-col items-start gap-0.5">
                            <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">{t("users.pending")}</span>
                            {row.invitation ? (
                              <span className="text-xs text-slate-600">
                                {row.invitation.expiresAt <= now
                                  ? t("users.invitationExpired", { date: formatDate(locale, row.invitation.expiresAt) })
                                  : t("users.invitationExpires", { date: formatDate(locale, row.invitation.expiresAt) })}
                              </span>
                            ) : null}
                          </span>
                        ) : row.lastActiveAt ? (
                          <time dateTime={row.lastActiveAt.toISOString()} title={formatDate(locale, row.lastActiveAt, { dateStyle: "medium", timeStyle: "short" })}>
                            {formatRelative(locale, row.lastActiveAt, now)}
                          </time>
                        ) : (
                          <span className="text-slate-500">{t("users.never")}</span>
                        )}
                      </td>
                      <td className="whitespace-nowrap px-3 py-2">
                        <WorkspaceNames
                          id={`ws-${row.membershipId}`} label={t("users.workspaceCount", { count: row.workspaceCount })} names={row.workspaceNames}
                          more={hidden ? t("users.workspaceMore", { count: hidden }) : null} describedAs={t("users.workspacesOf", { name })}
                        />
                      </td>
                      {anyRowAction ? (
                        <td className="px-3 py-2">
                          <UserRowActions slug={access.organization.slug} user={dialogUser} canDelete={can.canDelete} canManageInvitation={can.canManageInvitation} />
                        </td>
                      ) : null}
                    </tr>
                  );
                })
              )}
            </tbody>
          </table>
        </div>
        <Pagination page={page.page} pages={page.pages} hrefFor={(n) => `${basePath}${queryString(query, { page: n })}`} />
        {anyRowAction ? <UserDialogs slug={access.organization.slug} organizationName={organization} assignableRoles={myRole ? ASSIGNABLE_ROLES[myRole] : []} /> : null}
      </section>
    </ClientMessages>
  );
}
