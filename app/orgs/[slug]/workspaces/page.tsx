// The workspaces list (issue 7 point 5): name, members, workspace contacts; New workspace,
// Rename and Delete for those who manage workspaces. Members see only the workspaces they
// are assigned to. Statements per view: the access, the list, its capped count.
import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { translateLoose } from "@/lib/i18n";
import { parseListQuery } from "@/lib/validation/list-query";
import { emptyPage } from "@/lib/pagination/page-nav";
import { MAX_SEARCH } from "@/lib/contacts/schemas";
import type { MessagePath } from "@/lib/i18n/pick-messages";
import { db } from "@/lib/db/prisma";
import { listWorkspaces } from "@/lib/workspaces/list-workspaces";
import { workspaceListQuerySchema, type WorkspaceListQuery } from "@/lib/workspaces/schemas";
import { ClientMessages } from "@/components/client-messages";
import { NoticeRegion } from "@/components/ui/notice";
import { GetForm } from "@/components/ui/get-form";
import { RowIconSprite } from "@/components/ui/icon-button";
import { ListPagination } from "@/components/list-pagination";
import { NewWorkspaceButton, WorkspaceDialogs, WorkspaceRowActions } from "@/components/workspaces/workspace-dialogs";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("workspaces.title") };
}

const CLIENT_MESSAGES: MessagePath[] = ["common", "workspaces.newWorkspace", "workspaces.form", "workspaces.create", "workspaces.rename", "workspaces.delete"];

function queryString(query: WorkspaceListQuery, overrides: Partial<WorkspaceListQuery> = {}): string {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  if (merged.size !== 25) params.set("size", String(merged.size));
  if (merged.page > 1) params.set("page", String(merged.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export default async function WorkspacesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const access = await requirePageAccess(slug, "workspaces.viewAssigned");
  const { query, searchProblem } = parseListQuery(workspaceListQuerySchema, await searchParams);
  const canManage = access.canWrite("workspaces.manage");
  const seesAll = access.can("workspaces.viewAll");
  const [{ t, locale }, page] = await Promise.all([
    getTranslator(),
    searchProblem ? Promise.resolve({ ...emptyPage(query.size), rows: [] }) : listWorkspaces(db, access, query),
  ]);
  const searchError = searchProblem ? translateLoose(locale, searchProblem.messageKey, searchProblem.params) : undefined;
  const basePath = `/orgs/${access.organization.slug}/workspaces`;
  const organization = access.organization.name;
  const input = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-normal";

  return (
    <ClientMessages namespaces={canManage ? CLIENT_MESSAGES : []}>
      <section aria-labelledby="workspaces-title" className="flex flex-col gap-5">
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 id="workspaces-title" className="text-2xl font-bold">{t("workspaces.title")}</h1>
            <p className="mt-1 text-sm text-slate-600">{seesAll ? t("workspaces.intro", { org: organization }) : t("workspaces.introMember", { org: organization })}</p>
            {seesAll && !canManage && access.canWrite() ? <p className="mt-2 text-sm text-slate-700">{t("workspaces.readOnly")}</p> : null}
          </div>
          {canManage ? <NewWorkspaceButton /> : null}
        </header>
        <NoticeRegion />
        <GetForm action={basePath} role="search" aria-label={t("workspaces.searchLabel")} className="flex flex-wrap items-end gap-3">
          <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm font-medium">
            {t("workspaces.searchLabel")}
            <input type="search" name="q" defaultValue={query.q} maxLength={MAX_SEARCH} aria-invalid={searchError ? true : undefined} aria-describedby={searchError ? "workspaces-search-error" : undefined} className={input} />
            {searchError ? <span id="workspaces-search-error" role="alert" className="text-sm font-normal text-red-700">{searchError}</span> : null}
          </label>
          <button type="submit" className="rounded-md bg-slate-900 px-3 py-2 text-sm font-semibold text-white hover:bg-slate-700">{t("workspaces.apply")}</button>
          <a href={basePath} className="px-2 py-2 text-sm font-medium text-slate-700 hover:underline">{t("workspaces.reset")}</a>
        </GetForm>
        <p role="status" className="text-sm text-slate-700">{t("workspaces.results", { count: page.total.count })}{page.total.kind === "exact" ? "" : "+"}</p>
        <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("workspaces.tableCaption", { org: organization })}</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">{t("workspaces.columns.name")}</th>
                <th scope="col" className="px-3 py-2">{t("workspaces.columns.members")}</th>
                <th scope="col" className="px-3 py-2">{t("workspaces.columns.contacts")}</th>
                {canManage ? <th scope="col" className="px-3 py-2 text-right">{t("workspaces.columns.actions")}</th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.rows.length === 0 ? (
                <tr><td colSpan={canManage ? 4 : 3} className="px-3 py-6 text-center text-slate-600">
                  {query.q ? t("workspaces.emptySearch") : seesAll ? t("workspaces.empty") : t("workspaces.emptyMember")}
                </td></tr>
              ) : page.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className="px-3 py-2 font-medium">
                    <Link href={`${basePath}/${row.id}`} className="text-brand-700 hover:underline">{row.name}</Link>
                  </th>
                  <td className="whitespace-nowrap px-3 py-2">{t("workspaces.memberCount", { count: row.members })}</td>
                  <td className="whitespace-nowrap px-3 py-2">{t("workspaces.contactCount", { count: row.contacts })}</td>
                  {canManage ? <td className="px-3 py-2"><WorkspaceRowActions workspace={row} /></td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ListPagination nav={page.nav} hrefFor={(request) => `${basePath}${queryString(query, { page: request.page })}`} />
        {canManage ? <><RowIconSprite /><WorkspaceDialogs slug={access.organization.slug} /></> : null}
      </section>
    </ClientMessages>
  );
}
