// One users import: while its preview or apply runs, a progress bar (the page refreshes
// itself; it can be left and opened again); then the counts by result, the rows of the kind
// chosen with before → after or the reason of their error, *Download errors*, and *Apply*.
// Statements per view: the access, the import, a page of its rows — 3.
import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Icon } from "@/components/ui/icon";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { translateLoose } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { words } from "@/lib/i18n/pick-messages";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";
import { idField } from "@/lib/validation/fields";
import {
  importRowsQuerySchema,
  listImportRows,
  loadUserImport,
  type ImportRowView,
  type ImportRowsQuery,
} from "@/lib/users/import/read-user-imports";
import { IMPORT_ROW_KINDS } from "@/lib/users/import/import-limits";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ClientMessages } from "@/components/client-messages";
import { ListPagination } from "@/components/list-pagination";
import { ApplyImportButton } from "@/components/users/import/apply-import-button";
import { applyImportButtonWords } from "@/components/users/import/apply-import-button.words";
import { RefreshWhileRunning } from "@/components/data-export/refresh-while-running";
import { applyUserImportAction } from "../actions";

// The title names the file; metadata and page share one load per request.
const load = cache(async (rawSlug: string, importId: string) => {
  const access = await requirePageAccess(rawSlug, "users.add");
  const id = idField.safeParse(importId);
  return { access, summary: id.success ? await loadUserImport(access.organization.id, id.data) : null };
});

export async function generateMetadata({ params }: { params: Promise<{ slug: string; importId: string }> }): Promise<Metadata> {
  const { slug, importId } = await params;
  const [{ t }, { summary }] = await Promise.all([getTranslator(), load(slug, importId)]);
  return { title: summary ? t("users.import.previewTitle", { file: summary.fileName }) : t("users.import.title") };
}

export default async function UserImportPreviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; importId: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { slug: rawSlug, importId } = await params;
  const [{ t, locale }, { access, summary }] = await Promise.all([getTranslator(), load(rawSlug, importId)]);
  if (!summary) notFound();
  const query = importRowsQuerySchema.parse(await pageSearchParams(searchParams));
  const slug = access.organization.slug;
  const running = summary.status === "PREVIEWING" || summary.status === "APPLYING";
  const previewed =
    summary.status === "READY" || summary.status === "APPLYING" || summary.status === "APPLIED" || summary.status === "APPLY_FAILED";
  const page = previewed ? await listImportRows(summary, query) : null;
  const total = Object.values(summary.counts).reduce((sum, n) => sum + n, 0);
  const reason = translateLoose(locale, summary.errorKey ?? "", summary.errorParams);
  const href = (next: Partial<ImportRowsQuery>) => {
    const merged = { ...query, ...next };
    return routes.userImportPreview(slug, summary.id, { kind: merged.kind, page: merged.page, size: merged.size });
  };
  const change = (before: string, after: string) => (before === after ? after : t("users.import.change", { before, after }));
  const roleName = (role: string | null) => (role ? translateLoose(locale, `roles.${role}`) : "");
  const workspaceList = (names: string[]) => (names.length ? names.join(", ") : t("users.import.none"));
  const columns: Column<ImportRowView>[] = [
    { key: "line", header: t("users.import.columns.line"), className: "num", cell: (row) => row.line },
    { key: "email", header: t("users.import.columns.email"), rowHeader: true, cell: (row) => row.email },
    { key: "name", header: t("users.import.columns.name"), className: "wrap", cell: (row) => row.name },
    {
      key: "role",
      header: t("users.import.columns.role"),
      cell: (row) =>
        row.kind === "ERROR" ? "" : row.roleBefore ? change(roleName(row.roleBefore), roleName(row.roleAfter)) : roleName(row.roleAfter),
    },
    {
      key: "workspaces",
      header: t("users.import.columns.workspaces"),
      className: "wrap",
      cell: (row) =>
        row.kind === "ERROR"
          ? ""
          : row.roleBefore
            ? change(workspaceList(row.workspacesBefore), workspaceList(row.workspacesAfter))
            : workspaceList(row.workspacesAfter),
    },
    {
      key: "result",
      header: t("users.import.columns.result"),
      className: "wrap",
      cell: (row) =>
        row.kind === "ERROR" ? (
          <span>
            <strong>{t("users.import.kinds.ERROR")}</strong> — {translateLoose(locale, row.reasonKey ?? "", row.reasonParams)}
          </span>
        ) : (
          t(`users.import.kinds.${row.kind}`)
        ),
    },
  ];

  return (
    <ClientMessages namespaces={words(applyImportButtonWords)}>
      <section aria-labelledby="import-title" className="flex flex-col gap-5">
        <Link href={routes.userImport(slug)} className="link inline-flex items-center gap-1 self-start text-sm">
          <Icon name="chevron-left" />
          {t("users.import.title")}
        </Link>
        <div>
          <h1 id="import-title" className="page-title">
            {t("users.import.previewTitle", { file: summary.fileName })}
          </h1>
          <p className="mt-1 text-sm text-muted">{t(`users.import.status.${summary.status}`)}</p>
        </div>
        <RefreshWhileRunning running={running} />
        {running ? (
          <div className="flex flex-col gap-1">
            <div className="flex items-center gap-2">
              <progress max={100} value={summary.progress} aria-label={t("users.import.progress")} className="w-64" />
              <span>{t("users.import.progressValue", { percent: summary.progress })}</span>
            </div>
            <p className="text-sm text-muted">{t("users.import.leaveHint")}</p>
          </div>
        ) : null}
        {summary.status === "REJECTED" ? <p role="alert">{t("users.import.refused", { reason })}</p> : null}
        {summary.status === "APPLY_FAILED" ? <p role="alert">{t("users.import.notApplied", { reason })}</p> : null}
        {summary.status === "APPLIED" ? (
          <p role="status">{t("users.import.applied", { adds: summary.counts.ADD, updates: summary.counts.UPDATE })}</p>
        ) : null}
        {summary.status === "REJECTED" || summary.status === "APPLY_FAILED" || summary.status === "APPLIED" ? (
          <Link href={routes.userImport(slug)} className="link self-start">
            {t("users.import.uploadAgain")}
          </Link>
        ) : null}

        {previewed && page ? (
          <>
            <nav aria-label={t("users.import.filterLabel")}>
              <ul className="flex flex-wrap gap-3 text-sm">
                <li>
                  <Link href={href({ kind: undefined, page: 1 })} aria-current={!query.kind ? "page" : undefined} className="link">
                    {t("users.import.all")} ({total})
                  </Link>
                </li>
                {IMPORT_ROW_KINDS.map((kind) => (
                  <li key={kind}>
                    <Link href={href({ kind, page: 1 })} aria-current={query.kind === kind ? "page" : undefined} className="link">
                      {t(`users.import.kinds.${kind}`)} ({summary.counts[kind]})
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            {summary.counts.ERROR > 0 ? (
              <a href={routes.userImportErrors(slug, summary.id)} className="link inline-flex items-center gap-1 self-start" download>
                <Icon name="download" />
                {t("users.import.downloadErrors")}
              </a>
            ) : null}
            {summary.status === "READY" && access.canWrite() ? (
              summary.counts.ADD + summary.counts.UPDATE > 0 ? (
                <div className="flex flex-col gap-2">
                  <p className="text-sm">{t("users.import.applyHint", { adds: summary.counts.ADD, updates: summary.counts.UPDATE })}</p>
                  <ApplyImportButton slug={slug} importId={summary.id} action={applyUserImportAction} />
                </div>
              ) : (
                <p className="text-sm">{t("users.import.nothingToApply")}</p>
              )
            ) : null}
            <DataTable
              caption={t("users.import.rowsCaption", { file: summary.fileName })}
              columns={columns}
              rows={page.rows}
              rowKey={(row) => String(row.line)}
              empty={t("users.import.noRows")}
            />
            <ListPagination nav={page.nav} hrefFor={(request) => href({ page: request.page })} />
          </>
        ) : null}
      </section>
    </ClientMessages>
  );
}
