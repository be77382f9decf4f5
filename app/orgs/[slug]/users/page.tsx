// The users page (SPEC §4 "Users"): avatar, name, email, role, last active
// (*Pending* for invitations not yet accepted), workspaces, a row menu; search, filters, sort,
// pages. Statements per view: the access (shared with the layout), the list, its capped
// count — 3 of the budget of 4. The dialogs' words and workspace lists load when a dialog
// opens. The table is drawn by a client component from the rows' data (users-table.tsx).
import { defaultContactLanguage } from "@/lib/contacts/default-language";
import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { translateLoose } from "@/lib/i18n";
import { parseListQuery } from "@/lib/validation/list-query";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";
import { emptyPage } from "@/lib/pagination/page-nav";
import { words } from "@/lib/i18n/pick-messages";
import { db } from "@/lib/db/prisma";
import { ASSIGNABLE_ROLES } from "@/lib/auth/capabilities";
import { listUsers } from "@/lib/users/list-users";
import { userListQuerySchema, type UserListQuery } from "@/lib/users/schemas";
import { ClientMessages } from "@/components/client-messages";
import { NoticeRegion } from "@/components/ui/notice";
import { ListPagination } from "@/components/list-pagination";
import { UsersFilters } from "@/components/users/users-filters";
import { UsersTable } from "@/components/users/users-table";
import { userWire } from "@/lib/users/user-wire";
import { routes } from "@/lib/routes";
import { AddUserDialog } from "@/components/users/add-user-dialog";
import { addUserButtonWords } from "@/components/users/add-user-dialog.words";
import { usersFiltersWords } from "@/components/users/users-filters.words";
import { usersTableMenuWords, usersTableSelectWords, usersTableWords } from "@/components/users/users-table.words";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("users.title") };
}

/** The list's URL at another page, its search, filters, sort and size kept (the default sort left out). */
function pageHref(slug: string, query: UserListQuery, page: number): string {
  return routes.users(slug, {
    q: query.q,
    role: query.role,
    status: query.status,
    sort: query.sort === "name" ? undefined : query.sort,
    size: query.size,
    page,
  });
}

export default async function UsersPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const access = await requirePageAccess((await params).slug, "users.view");
  const { query, searchProblem } = parseListQuery(userListQuerySchema, await pageSearchParams(searchParams));
  // A cancelled organization is read-only: no buttons that would only be refused.
  const writable = access.canWrite();
  const myRole = access.orgRole;
  const canAdd = writable && access.can("users.add") && !!myRole && ASSIGNABLE_ROLES[myRole].length > 0;
  const anySelectionAction =
    writable && (access.can("users.changeRole") || access.can("users.changeWorkspaces") || access.can("users.remove"));
  // A person's access is read, so shown in a read-only organization too (as the access report: users and contacts seen).
  const seeAccess = access.can("contacts.view");
  const anyChange =
    writable &&
    (access.can("users.changeRole") || access.can("users.changeWorkspaces") || access.can("users.remove") || access.can("users.add"));
  const anyRowAction = seeAccess || anyChange;
  // A search that breaks the text rules is said next to the field, and not run.
  const [{ t, locale }, page] = await Promise.all([
    getTranslator(),
    searchProblem ? Promise.resolve({ ...emptyPage(query.size), rows: [] }) : listUsers(db, access.organization.id, query),
  ]);
  const now = new Date();
  const organization = access.organization.name;

  return (
    <ClientMessages
      namespaces={words(
        usersTableWords,
        usersFiltersWords,
        (canAdd || anyRowAction) && words(usersTableMenuWords, addUserButtonWords),
        anySelectionAction && usersTableSelectWords,
      )}
    >
      <section aria-labelledby="users-title" className="flex flex-col gap-5">
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0">
            <h1 id="users-title" className="page-title">
              {t("users.title")}
            </h1>
            <p className="lead mt-1">{t("users.intro", { org: organization })}</p>
            {!anyChange && writable ? <p className="mt-2 text-sm">{t("users.readOnly")}</p> : null}
          </div>
          {canAdd ? (
            <div className="flex flex-wrap items-center gap-2">
              <Link href={routes.userImport(access.organization.slug)} className={buttonClass("secondary")}>
                <Icon name="upload" />
                {t("users.import.open")}
              </Link>
              <AddUserDialog
                slug={access.organization.slug}
                roles={ASSIGNABLE_ROLES[myRole!]}
                defaultLanguage={defaultContactLanguage(access.organization, locale)}
                canAssignWorkspaces={access.can("users.changeWorkspaces")}
              />
            </div>
          ) : null}
        </header>

        <NoticeRegion />
        <UsersFilters
          query={query}
          basePath={routes.users(access.organization.slug)}
          searchError={searchProblem ? translateLoose(locale, searchProblem.messageKey, searchProblem.params) : undefined}
        />

        <Link href={routes.usersReports(access.organization.slug)} className="link self-start text-sm">
          {t("users.reports.open")}
        </Link>
        <a href={routes.usersReport(access.organization.slug)} className="link inline-flex items-center gap-1 self-start text-sm" download>
          <Icon name="download" />
          {t("users.report.download")}
        </a>
        {access.can("contacts.view") ? (
          <a
            href={routes.accessReport(access.organization.slug)}
            className="link inline-flex items-center gap-1 self-start text-sm"
            download
          >
            <Icon name="download" />
            {t("users.access.download")}
          </a>
        ) : null}

        <p role="status" className="text-sm text-muted">
          {page.total.kind === "exact"
            ? t("users.results", { count: page.total.count })
            : t("users.resultsCapped", { count: page.total.count })}
        </p>

        <UsersTable
          slug={access.organization.slug}
          organizationName={organization}
          now={now.getTime()}
          actions={anyRowAction}
          assignableRoles={myRole ? ASSIGNABLE_ROLES[myRole] : []}
          viewer={{
            role: myRole,
            add: writable && access.can("users.add"),
            remove: writable && access.can("users.remove"),
            changeRole: writable && access.can("users.changeRole"),
            changeWorkspaces: writable && access.can("users.changeWorkspaces"),
            access: seeAccess,
          }}
          rows={page.rows.map((row) => userWire(row, access.userId))}
          total={{ count: page.total.count, capped: page.total.kind !== "exact" }}
          filter={{ q: query.q, role: query.role, status: query.status }}
        />
        <ListPagination nav={page.nav} hrefFor={(request) => pageHref(access.organization.slug, query, request.page)} />
      </section>
    </ClientMessages>
  );
}
