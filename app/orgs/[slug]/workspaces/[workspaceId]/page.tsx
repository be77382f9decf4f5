// A workspace's page: its members (Add member, Remove) and its workspace contacts
// (name, email, phone, assigned user; Add, Assign, Unassign among the workspace's members).
// A workspace the viewer may not open is a 404. Statements per view: the access, then
// together the workspace with its members, a page of its contacts, and their capped count.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { words } from "@/lib/i18n/pick-messages";
import { db } from "@/lib/db/prisma";
import type { OrgAccess } from "@/lib/auth/access";
import { loadWorkspace } from "@/lib/workspaces/load-workspace";
import { workspaceContactsQuerySchema } from "@/lib/workspaces/schemas";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";
import { canHandleWorkspaceContacts } from "@/lib/workspaces/visibility";
import { workspaceContactWire, workspaceMemberWire } from "@/lib/workspaces/workspace-wire";
import { routes } from "@/lib/routes";
import { ClientMessages } from "@/components/client-messages";
import { NoticeRegion } from "@/components/ui/notice";
import { Icon } from "@/components/ui/icon";
import { ListPagination } from "@/components/list-pagination";
import { WorkspaceDialogs, WorkspaceHeaderActions } from "@/components/workspaces/workspace-dialogs";
import { AddContactButton, AddMemberButton, WorkspaceDetailDialogs } from "@/components/workspaces/workspace-detail-dialogs";
import { WorkspaceContactsTable, WorkspaceMembersTable } from "@/components/workspaces/workspace-tables";
import { workspaceHeaderActionsWords } from "@/components/workspaces/workspace-dialogs.words";
import { addContactButtonWords, addMemberButtonWords } from "@/components/workspaces/workspace-detail-dialogs.words";
import { workspaceTablesMenuWords, workspaceTablesWords } from "@/components/workspaces/workspace-tables.words";

type Params = { params: Promise<{ slug: string; workspaceId: string }>; searchParams: Promise<RawSearchParams> };

// Metadata and page share one load per request.
const load = cache((access: OrgAccess, workspaceId: string, page: number, size: number) =>
  loadWorkspace(db, access, workspaceId, { page, size }),
);

export async function generateMetadata({ params, searchParams }: Params): Promise<Metadata> {
  const { slug, workspaceId } = await params;
  const query = workspaceContactsQuerySchema.parse(await pageSearchParams(searchParams));
  const [{ t }, access] = await Promise.all([getTranslator(), requirePageAccess(slug, "workspaces.viewAssigned")]);
  const detail = await load(access, workspaceId, query.page, query.size);
  return { title: detail?.workspace.name ?? t("workspaces.title") };
}

export default async function WorkspacePage({ params, searchParams }: Params) {
  const { slug, workspaceId } = await params;
  const access = await requirePageAccess(slug, "workspaces.viewAssigned");
  const query = workspaceContactsQuerySchema.parse(await pageSearchParams(searchParams));
  const [{ t }, detail] = await Promise.all([getTranslator(), load(access, workspaceId, query.page, query.size)]);
  if (!detail) notFound();
  const { workspace, members, contacts } = detail;
  const writable = access.canWrite();
  const canManage = writable && access.can("workspaces.manage");
  const canChangeMembers = writable && access.can("users.changeWorkspaces");
  const canHandleContacts = writable && canHandleWorkspaceContacts(access, workspace);
  const interactive = canManage || canChangeMembers || canHandleContacts;
  const orgSlug = access.organization.slug;
  const memberRows = members.map(workspaceMemberWire);
  const dialogWorkspace = { id: workspace.id, name: workspace.name, members: workspace.memberCount, contacts: contacts.total.count };

  return (
    <ClientMessages
      namespaces={words(
        workspaceTablesWords,
        // The buttons and row menus, for those who may use them (the dialogs fetch their own words: components/message-sets.ts).
        interactive && words(workspaceHeaderActionsWords, addMemberButtonWords, addContactButtonWords, workspaceTablesMenuWords),
      )}
    >
      <section aria-labelledby="workspace-title" className="flex flex-col gap-6">
        <div>
          <Link href={routes.workspaces(orgSlug)} className="link inline-flex items-center gap-1 text-sm">
            <Icon name="arrow-left" />
            {t("workspaces.detail.back")}
          </Link>
          <header className="mt-2 flex flex-wrap items-start justify-between gap-4">
            <h1 id="workspace-title" className="page-title min-w-0 break-words">
              {workspace.name}
            </h1>
            {canManage ? <WorkspaceHeaderActions workspace={dialogWorkspace} /> : null}
          </header>
        </div>
        <NoticeRegion />

        <section aria-labelledby="members-title" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div className="min-w-0">
              <h2 id="members-title" className="section-title">
                {t("workspaces.detail.membersTitle")} <span className="font-normal text-muted">({workspace.memberCount})</span>
              </h2>
              <p className="lead">{t("workspaces.detail.membersIntro")}</p>
            </div>
            {canChangeMembers ? <AddMemberButton /> : null}
          </div>
          <WorkspaceMembersTable workspaceName={workspace.name} canChange={canChangeMembers} rows={memberRows} />
          {workspace.memberCount > members.length ? (
            <p className="text-xs text-muted">{t("workspaces.detail.membersShown", { count: members.length })}</p>
          ) : null}
        </section>

        <section aria-labelledby="contacts-title" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div className="min-w-0">
              <h2 id="contacts-title" className="section-title">
                {t("workspaces.detail.contactsTitle")}{" "}
                <span className="font-normal text-muted">
                  ({contacts.total.count}
                  {contacts.total.kind === "exact" ? "" : "+"})
                </span>
              </h2>
              <p className="lead">{t("workspaces.detail.contactsIntro")}</p>
              {!canHandleContacts && writable ? <p className="mt-1 text-sm">{t("workspaces.detail.readOnlyContacts")}</p> : null}
            </div>
            {canHandleContacts ? <AddContactButton /> : null}
          </div>
          <WorkspaceContactsTable
            slug={orgSlug}
            workspaceId={workspace.id}
            workspaceName={workspace.name}
            canHandle={canHandleContacts}
            rows={contacts.rows.map((contact) => workspaceContactWire(contact, members))}
          />
          <ListPagination
            nav={contacts.nav}
            hrefFor={(request) => routes.workspace(orgSlug, workspace.id, { size: query.size, page: request.page })}
          />
        </section>
        {canManage ? <WorkspaceDialogs slug={orgSlug} afterDelete={routes.workspaces(orgSlug)} /> : null}
        {canChangeMembers || canHandleContacts ? (
          <WorkspaceDetailDialogs
            slug={orgSlug}
            workspace={{ id: workspace.id, name: workspace.name }}
            members={memberRows.map(({ membershipId, name }) => ({ membershipId, name }))}
          />
        ) : null}
      </section>
    </ClientMessages>
  );
}
