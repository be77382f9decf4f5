import type { Metadata } from "next";
import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { listDataExports, type DataExportRow } from "@/lib/data-export/data-export-actions";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ClientMessages } from "@/components/client-messages";
import { requestExportButtonWords } from "@/components/data-export/request-export-button.words";
import { RequestExportButton } from "@/components/data-export/request-export-button";
import { RefreshWhileRunning } from "@/components/data-export/refresh-while-running";
import { requestDataExportFormAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("dataExport.title") };
}

export default async function DataExportPage({ params }: { params: Promise<{ slug: string }> }) {
  const access = await requirePageAccess((await params).slug, "data.export");
  const [{ t, locale }, exports] = await Promise.all([getTranslator(), listDataExports(access)]);
  const slug = access.organization.slug;
  const when = (date: Date) => formatDate(locale, new Date(date), { dateStyle: "medium", timeStyle: "short" });
  const running = exports.some((row) => row.status === "PENDING" || row.status === "RUNNING");
  const columns: Column<DataExportRow>[] = [
    { key: "requested", header: t("dataExport.columns.requested"), rowHeader: true, cell: (row) => when(row.createdAt) },
    { key: "by", header: t("dataExport.columns.by"), cell: (row) => row.requestedBy ?? t("dataExport.unknownPerson") },
    {
      key: "status",
      header: t("dataExport.columns.status"),
      className: "wrap",
      cell: (row) =>
        row.status === "PENDING" || row.status === "RUNNING" ? (
          <div className="flex items-center gap-2">
            <progress max={100} value={row.progress} aria-label={t("dataExport.progress")} className="w-32" />
            <span>
              {t(`dataExport.status.${row.status}`)} · {t("dataExport.progressValue", { percent: row.progress })}
            </span>
          </div>
        ) : (
          t(`dataExport.status.${row.status}`)
        ),
    },
    {
      key: "file",
      header: t("dataExport.columns.file"),
      className: "wrap",
      cell: (row) =>
        row.status === "READY" ? (
          <>
            <a href={routes.dataExportDownload(slug, row.id)} className="link inline-flex items-center gap-1" download>
              <Icon name="download" />
              {t("dataExport.download")}
              <span className="sr-only"> {t("dataExport.downloadNamed", { date: when(row.createdAt) })}</span>
            </a>
            <p className="text-xs text-muted">
              {row.expiresAt ? t("dataExport.availableUntil", { date: when(row.expiresAt) }) : null}
              {row.bytes !== null ? ` · ${t("dataExport.size", { size: (row.bytes / 1_000_000).toFixed(1) })}` : null}
            </p>
          </>
        ) : null,
    },
  ];
  return (
    <ClientMessages namespaces={requestExportButtonWords}>
      <section aria-labelledby="export-title" className="flex flex-col gap-4">
        <Link href={routes.settings(slug)} className="link inline-flex items-center gap-1 self-start text-sm">
          <Icon name="chevron-left" />
          {t("nav.settings")}
        </Link>
        <div>
          <h1 id="export-title" className="page-title">
            {t("dataExport.title")}
          </h1>
          <p className="lead mt-1 max-w-3xl">{t("dataExport.intro")}</p>
        </div>
        <RequestExportButton action={requestDataExportFormAction.bind(null, slug)} />
        <RefreshWhileRunning running={running} />
        <DataTable
          caption={t("dataExport.history")}
          columns={columns}
          rows={exports}
          rowKey={(row) => row.id}
          empty={t("dataExport.empty")}
        />
      </section>
    </ClientMessages>
  );
}
