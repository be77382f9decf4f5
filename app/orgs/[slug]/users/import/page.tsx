// Users → Import users: the template, the file's upload, and the organization's recent
// imports with where each stands. Statements per view: the access, the recent imports — 2.
import type { Metadata } from "next";
import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { words } from "@/lib/i18n/pick-messages";
import { listRecentImports, type UserImportSummary } from "@/lib/users/import/read-user-imports";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/users/import/import-limits";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ClientMessages } from "@/components/client-messages";
import { UploadUsersForm } from "@/components/users/import/upload-users-form";
import { uploadUsersFormWords } from "@/components/users/import/upload-users-form.words";
import { RefreshWhileRunning } from "@/components/data-export/refresh-while-running";
import { uploadUserImportAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("users.import.title") };
}

export default async function UserImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const access = await requirePageAccess((await params).slug, "users.add");
  const [{ t, locale }, imports] = await Promise.all([getTranslator(), listRecentImports(access.organization.id)]);
  const slug = access.organization.slug;
  const writable = access.canWrite();
  const running = imports.some((row) => row.status === "PREVIEWING" || row.status === "APPLYING");
  const columns: Column<UserImportSummary>[] = [
    { key: "file", header: t("users.import.columns.file"), rowHeader: true, className: "wrap", cell: (row) => row.fileName },
    {
      key: "when",
      header: t("users.import.columns.when"),
      cell: (row) => formatDate(locale, new Date(row.createdAt), { dateStyle: "medium", timeStyle: "short" }),
    },
    { key: "by", header: t("users.import.columns.by"), cell: (row) => row.createdBy ?? t("users.import.unknownPerson") },
    { key: "status", header: t("users.import.columns.status"), cell: (row) => t(`users.import.status.${row.status}`) },
    {
      key: "open",
      header: t("users.import.openImport"),
      headerHidden: true,
      cell: (row) => (
        <Link
          href={routes.userImportPreview(slug, row.id)}
          className="link"
          aria-label={t("users.import.openImportNamed", { file: row.fileName })}
        >
          {t("users.import.openImport")}
        </Link>
      ),
    },
  ];
  return (
    <ClientMessages namespaces={words(uploadUsersFormWords)}>
      <section aria-labelledby="import-title" className="flex flex-col gap-5">
        <Link href={routes.users(slug)} className="link inline-flex items-center gap-1 self-start text-sm">
          <Icon name="chevron-left" />
          {t("users.import.back")}
        </Link>
        <div>
          <h1 id="import-title" className="page-title">
            {t("users.import.title")}
          </h1>
          <p className="lead mt-1 max-w-3xl">{t("users.import.intro")}</p>
        </div>
        <div className="flex flex-col gap-1">
          <a href={routes.userImportTemplate(slug)} className="link inline-flex items-center gap-1 self-start" download>
            <Icon name="download" />
            {t("users.import.template")}
          </a>
          <p className="max-w-3xl text-sm text-muted">
            {t("users.import.templateHint", { maxMb: MAX_IMPORT_BYTES / 1_000_000, maxRows: MAX_IMPORT_ROWS })}
          </p>
        </div>
        {writable ? (
          <UploadUsersForm slug={slug} action={uploadUserImportAction} />
        ) : (
          <p className="text-sm">{t("users.import.errors.readOnly")}</p>
        )}
        <RefreshWhileRunning running={running} />
        <DataTable
          caption={t("users.import.recent")}
          columns={columns}
          rows={imports}
          rowKey={(row) => row.id}
          empty={t("users.import.noImports")}
        />
      </section>
    </ClientMessages>
  );
}
