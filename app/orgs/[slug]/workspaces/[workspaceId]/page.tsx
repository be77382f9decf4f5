// A workspace (issue 7 point 5): its members (Add member, Remove) and its workspace contacts
// (name, email, phone, assigned user; Add, Assign, Unassign among the workspace's members).
// A workspace the viewer may not open is a 404. Statements per view: the access, then
// together the workspace with its members, a page of its contacts, and their capped count.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArrowLeft } from "lucide-react";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import type { MessagePath } from "@/lib/i18n/pick-messages";
import { db } from "@/lib/db/prisma";
import type { OrgAccess } from "@/lib/auth/access";
import { loadWorkspace } from "@/lib/workspaces/load-workspace";
import { workspaceContactsQuerySchema, type WorkspaceContactsQuery } from "@/lib/workspaces/schemas";
import { canHandleWorkspaceContacts } from "@/lib/workspaces/visibility";
import { ClientMessages } from "@/components/client-messages";
import { NoticeRegion } from "@/components/ui/notice";
import { RowIconSprite } from "@/components/ui/icon-button";
import { ListPagination } from "@/components/list-pagination";
import { UserAvatar } from "@/components/users/user-avatar";
import { DeleteWorkspaceButton, RenameWorkspaceButton, WorkspaceDialogs } from "@/components/workspaces/workspace-dialogs";
import { AddContactButton, AddMemberButton, ContactAssignActions, RemoveMemberButton, WorkspaceDetailDialogs } from "@/components/workspaces/workspace-detail-dialogs";

type Params = { params: Promise<{ slug: string; workspaceId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Metadata and page share one load per request.
const load = cache((access: OrgAccess, workspaceId: string, page: number, size: number) => loadWorkspace(db, access, workspaceId, { page, size }));

export async function generateMetadata({ params, searchParams }: Params): Promise<Metadata> {
  const { slug, workspaceId } = await params;
  const query = workspaceContactsQuerySchema.parse(await searchParams);
  const [{ t }, access] = await Promise.all([getTranslator(), requirePageAccess(slug, "workspaces.viewAssigned")]);
  const detail = await load(access, workspaceId, query.page, query.size);
  return { title: detail?.workspace.name ?? t("workspaces.title") };
}

const CLIENT_MESSAGES: MessagePath[] = ["common", "workspaces.form", "workspaces.create", "workspaces.rename", "workspaces.delete", "workspaces.detail"];

function queryString(query: WorkspaceContactsQuery, overrides: Partial<WorkspaceContactsQuery> = {}): string {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (merged.size !== 25) params.set("size", String(merged.size));
  if (merged.page > 1) params.set("page", String(merged.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export default async function WorkspacePage({ params, searchParams }: Params) {
  const { slug, workspaceId } = await params;
  const access = await requirePageAccess(slug, "workspaces.viewAssigned");
  const query = workspaceContactsQuerySchema.parse(await searchParams);
  const [{ t }, detail] = await Promise.all([getTranslator(), load(access, workspaceId, query.page, query.size)]);
  if (!detail) notFound();
  const { workspace, members, contacts } = detail;
  const writable = access.canWrite();
  const canManage = writable && access.can("workspaces.manage");
  const canChangeMembers = writable && access.can("users.changeWorkspaces");
  const canHandleContacts = writable && canHandleWorkspaceContacts(access, workspace);
  const interactive = canManage || canChangeMembers || canHandleContacts;
  const base = `/orgs/${access.organization.slug}/workspaces`;
  const path = `${base}/${workspace.id}`;
  const memberName = (m: { name: string | null; email: string }) => m.name?.trim() || m.email;
  const membershipOf = new Map(members.map((m) => [m.userId, m.membershipId]));
  const dialogWorkspace = { id: workspace.id, name: workspace.name, members: workspace.memberCount, contacts: contacts.total.count };

  return (
    <ClientMessages namespaces={interactive ? CLIENT_MESSAGES : []}>
      <section aria-labelledby="workspace-title" className="flex flex-col gap-6">
        <div>
          <Link href={base} className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline"><ArrowLeft aria-hidden="true" className="size-4" />{t("workspaces.detail.back")}</Link>
          <header className="mt-2 flex flex-wrap items-start justify-between gap-4">
            <h1 id="workspace-title" className="text-2xl font-bold break-words">{workspace.name}</h1>
            {canManage ? <div className="flex gap-1"><RenameWorkspaceButton workspace={dialogWorkspace} /><DeleteWorkspaceButton workspace={dialogWorkspace} /></div> : null}
          </header>
        </div>
        <NoticeRegion />

        <section aria-labelledby="members-title" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div>
              <h2 id="members-title" className="text-lg font-semibold">{t("workspaces.detail.membersTitle")} <span className="font-normal text-slate-600">({workspace.memberCount})</span></h2>
              <p className="text-sm text-slate-600">{t("workspaces.detail.membersIntro")}</p>
            </div>
            {canChangeMembers ? <AddMemberButton /> : null}
          </div>
          <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("workspaces.detail.membersCaption", { name: workspace.name })}</caption>
              <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("workspaces.detail.columns.member")}</th>
                  <th scope="col" className="px-3 py-2">{t("workspaces.detail.columns.role")}</th>
                  <th scope="col" className="px-3 py-2">{t("workspaces.detail.columns.status")}</th>
                  {canChangeMembers ? <th scope="col" className="px-3 py-2 text-right">{t("workspaces.detail.columns.actions")}</th> : null}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {members.length === 0 ? (
                  <tr><td colSpan={canChangeMembers ? 4 : 3} className="px-3 py-6 text-center text-slate-600">{t("workspaces.detail.noMembers")}</td></tr>
                ) : members.map((member) => (
                  <tr key={member.membershipId}>
                    <th scope="row" className="px-3 py-2 font-medium">
                      <span className="flex items-center gap-3">
                        <UserAvatar id={member.userId} name={member.name} email={member.email} size="sm" />
                        <span className="flex min-w-0 flex-col"><span className="whitespace-nowrap">{memberName(member)}</span><span className="truncate text-xs font-normal text-slate-600">{member.email}</span></span>
                      </span>
                    </th>
                    <td className="whitespace-nowrap px-3 py-2">{t(`roles.${member.role}`)}</td>
                    <td className="px-3 py-2">
                      <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${member.status === "ACTIVE" ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-900"}`}>{t(`users.status.${member.status}`)}</span>
                    </td>
                    {canChangeMembers ? <td className="px-3 py-2 text-right"><RemoveMemberButton member={{ membershipId: member.membershipId, name: memberName(member) }} /></td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {workspace.memberCount > members.length ? <p className="text-xs text-slate-600">{t("workspaces.detail.membersShown", { count: members.length })}</p> : null}
        </section>

        <section aria-labelledby="contacts-title" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div>
              <h2 id="contacts-title" className="text-lg font-semibold">{t("workspaces.detail.contactsTitle")} <span className="font-normal text-slate-600">({contacts.total.count}{contacts.total.kind === "exact" ? "" : "+"})</span></h2>
              <p className="text-sm text-slate-600">{t("workspaces.detail.contactsIntro")}</p>
              {!canHandleContacts && writable ? <p className="mt-1 text-sm text-slate-700">{t("workspaces.detail.readOnlyContacts")}</p> : null}
            </div>
            {canHandleContacts ? <AddContactButton /> : null}
          </div>
          <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("workspaces.detail.contactsCaption", { name: workspace.name })}</caption>
              <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("workspaces.detail.columns.name")}</th>
                  <th scope="col" className="px-3 py-2">{t("workspaces.detail.columns.email")}</th>
                  <th scope="col" className="px-3 py-2">{t("workspaces.detail.columns.phone")}</th>
                  <th scope="col" className="px-3 py-2">{t("workspaces.detail.columns.assignedTo")}</th>
                  {canHandleContacts ? <th scope="col" className="px-3 py-2 text-right">{t("workspaces.detail.columns.actions")}</th> : null}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {contacts.rows.length === 0 ? (
                  <tr><td colSpan={canHandleContacts ? 5 : 4} className="px-3 py-6 text-center text-slate-600">{t("workspaces.detail.noContacts")}</td></tr>
                ) : contacts.rows.map((contact) => (
                  <tr key={contact.id}>
                    <th scope="row" className="whitespace-nowrap px-3 py-2 font-medium">{contact.name}</th>
                    <td className="max-w-64 truncate px-3 py-2" title={contact.email ?? undefined}>{contact.email ?? "—"}</td>
                    <td className="whitespace-nowrap px-3 py-2">{contact.phone ?? "—"}</td>
                    <td className="whitespace-nowrap px-3 py-2">
                      {contact.assignedName ? contact.assignedName : <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">{t("workspaces.detail.unassigned")}</span>}
                    </td>
                    {canHandleContacts ? (
                      <td className="px-3 py-2">
                        <ContactAssignActions slug={access.organization.slug} workspaceId={workspace.id}
                          contact={{ id: contact.id, name: contact.name, assigned: !!contact.assignedUserId, assignedMembershipId: contact.assignedUserId ? (membershipOf.get(contact.assignedUserId) ?? null) : null }} />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ListPagination nav={contacts.nav} hrefFor={(request) => `${path}${queryString(query, { page: request.page })}`} />
        </section>
        {interactive ? <RowIconSprite /> : null}
        {canManage ? <WorkspaceDialogs slug={access.organization.slug} afterDelete={base} /> : null}
        {canChangeMembers || canHandleContacts ? (
          <WorkspaceDetailDialogs slug={access.organization.slug} workspace={{ id: workspace.id, name: workspace.name }} members={members.map((m) => ({ membershipId: m.membershipId, name: memberName(m) }))} />
        ) : null}
      </section>
    </ClientMessages>
  );
}
