// The workspaces list: name, members, workspace contacts; New workspace,
// and a row menu with Rename and Delete, for those who manage workspaces. Members see only the workspaces they
// are assigned to. Statements per view: the access, the list, its capped count.
import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { translateLoose } from "@/lib/i18n";
import { parseListQuery } from "@/lib/validation/list-query";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";
import { emptyPage } from "@/lib/pagination/page-nav";
import { MAX_SEARCH } from "@/lib/validation/limits";
import { words } from "@/lib/i18n/pick-messages";
import { db } from "@/lib/db/prisma";
import { listWorkspaces } from "@/lib/workspaces/list-workspaces";
import { workspaceListQuerySchema } from "@/lib/workspaces/schemas";
import { routes } from "@/lib/routes";
import { ClientMessages } from "@/components/client-messages";
import { NoticeRegion } from "@/components/ui/notice";
import { GetForm } from "@/components/ui/get-form";
import { ListPagination } from "@/components/list-pagination";
import { buttonClass } from "@/components/ui/button";
import { SearchField } from "@/components/ui/search-field";
import { NewWorkspaceButton, WorkspaceDialogs } from "@/components/workspaces/workspace-dialogs";
import { WorkspacesTable } from "@/components/workspaces/workspaces-table";
import { newWorkspaceButtonWords } from "@/components/workspaces/workspace-dialogs.words";
import { workspacesTableMenuWords, workspacesTableWords } from "@/components/workspaces/workspaces-table.words";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("workspaces.title") };
}

export default async function WorkspacesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const access = await requirePageAccess((await params).slug, "workspaces.viewAssigned");
  const { query, searchProblem } = parseListQuery(workspaceListQuerySchema, await pageSearchParams(searchParams));
  const canManage = access.canWrite("workspaces.manage");
  const seesAll = access.can("workspaces.viewAll");
  const [{ t, locale }, page] = await Promise.all([
    getTranslator(),
    searchProblem ? Promise.resolve({ ...emptyPage(query.size), rows: [] }) : listWorkspaces(db, access, query),
  ]);
  const searchError = searchProblem ? translateLoose(locale, searchProblem.messageKey, searchProblem.params) : undefined;
  const slug = access.organization.slug;
  const basePath = routes.workspaces(slug);
  const organization = access.organization.name;

  return (
    <ClientMessages namespaces={words(workspacesTableWords, canManage && words(newWorkspaceButtonWords, workspacesTableMenuWords))}>
      <section aria-labelledby="workspaces-title" className="flex flex-col gap-5">
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0">
            <h1 id="workspaces-title" className="page-title">
              {t("workspaces.title")}
            </h1>
            <p className="lead mt-1">
              {seesAll ? t("workspaces.intro", { org: organization }) : t("workspaces.introMember", { org: organization })}
            </p>
            {seesAll && !canManage && access.canWrite() ? <p className="mt-2 text-sm">{t("workspaces.readOnly")}</p> : null}
          </div>
          {canManage ? <NewWorkspaceButton /> : null}
        </header>
        <NoticeRegion />
        <GetForm action={basePath} role="search" aria-label={t("workspaces.searchLabel")} className="flex flex-wrap items-end gap-3">
          <SearchField
            id="workspaces-search"
            label={t("workspaces.searchLabel")}
            defaultValue={query.q}
            maxLength={MAX_SEARCH}
            error={searchError}
          />
          <div className="flex items-center gap-2">
            <button type="submit" className={buttonClass("primary")}>
              {t("workspaces.apply")}
            </button>
            <a href={basePath} className={buttonClass("ghost")}>
              {t("workspaces.reset")}
            </a>
          </div>
        </GetForm>
        <p role="status" className="text-sm text-muted">
          {t("workspaces.results", { count: page.total.count })}
          {page.total.kind === "exact" ? "" : "+"}
        </p>
        <WorkspacesTable
          slug={slug}
          organizationName={organization}
          canManage={canManage}
          rows={page.rows.map((row) => ({ id: row.id, name: row.name, members: row.members, contacts: row.contacts }))}
          empty={query.q ? t("workspaces.emptySearch") : seesAll ? t("workspaces.empty") : t("workspaces.emptyMember")}
        />
        <ListPagination
          nav={page.nav}
          hrefFor={(request) => routes.workspaces(slug, { q: query.q, size: query.size, page: request.page })}
        />
        {canManage ? <WorkspaceDialogs slug={slug} /> : null}
      </section>
    </ClientMessages>
  );
}
