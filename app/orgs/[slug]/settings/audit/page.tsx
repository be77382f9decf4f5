import type { Metadata } from "next";
import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";
import { auditFilterParams, auditLogQuerySchema, isFiltered } from "@/lib/audit/audit-log-query";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { auditLogRows } from "@/lib/audit/audit-log-rows";
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from "@/lib/audit/kinds";
import { actionLabel, targetTypeLabel } from "@/lib/audit/describe-event";
import { GetForm } from "@/components/ui/get-form";
import { buttonClass } from "@/components/ui/button";
import { AuditLogTable } from "@/components/audit/audit-log-table";
import { ListPagination } from "@/components/list-pagination";
import { pageParams, type PageRequest } from "@/lib/pagination/page-request";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("audit.title") };
}

export default async function AuditLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const access = await requirePageAccess((await params).slug, "audit.view");
  const query = auditLogQuerySchema.parse(await pageSearchParams(searchParams));
  const [{ t, locale }, log] = await Promise.all([getTranslator(), listAuditEvents(access, query)]);
  const slug = access.organization.slug;
  const filter = auditFilterParams(query);
  const pageHref = (page: PageRequest) => routes.auditLog(slug, { ...filter, size: query.size, ...pageParams(page) });
  const actions =
    query.action && !(AUDIT_ACTIONS as readonly string[]).includes(query.action) ? [...AUDIT_ACTIONS, query.action] : AUDIT_ACTIONS;
  return (
    <section aria-labelledby="audit-title" className="flex flex-col gap-4">
      <Link href={routes.settings(slug)} className="link inline-flex items-center gap-1 self-start text-sm">
        <Icon name="chevron-left" />
        {t("nav.settings")}
      </Link>
      <div>
        <h1 id="audit-title" className="page-title">
          {t("audit.title")}
        </h1>
        <p className="lead mt-1">{t("audit.intro")}</p>
      </div>
      <GetForm action={routes.auditLog(slug)} className="flex flex-wrap items-end gap-3" aria-label={t("audit.filters.legend")}>
        <label className="flex flex-col gap-1">
          <span className="field-label">{t("audit.filters.person")}</span>
          <input
            name="person"
            type="text"
            inputMode="email"
            defaultValue={query.person ?? ""}
            className="field-input"
            aria-describedby="audit-person-help"
          />
          <span id="audit-person-help" className="text-xs text-muted">
            {t("audit.filters.personHelp")}
          </span>
        </label>
        <label className="flex flex-col gap-1">
          <span className="field-label">{t("audit.filters.action")}</span>
          <select name="action" defaultValue={query.action ?? ""} className="field-input">
            <option value="">{t("audit.filters.anyAction")}</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {actionLabel(action, t)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="field-label">{t("audit.filters.targetType")}</span>
          <select name="target" defaultValue={query.target ?? ""} className="field-input">
            <option value="">{t("audit.filters.anyTargetType")}</option>
            {AUDIT_TARGET_TYPES.map((type) => (
              <option key={type} value={type}>
                {targetTypeLabel(type, t)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="field-label">{t("audit.filters.targetId")}</span>
          <input name="targetId" type="text" defaultValue={query.targetId ?? ""} className="field-input" />
        </label>
        <label className="flex flex-col gap-1">
          <span className="field-label">{t("audit.filters.from")}</span>
          <input name="from" type="date" defaultValue={query.from ?? ""} className="field-input" />
        </label>
        <label className="flex flex-col gap-1">
          <span className="field-label">{t("audit.filters.to")}</span>
          <input name="to" type="date" defaultValue={query.to ?? ""} className="field-input" />
        </label>
        <button type="submit" className={buttonClass("primary")}>
          {t("audit.filters.apply")}
        </button>
        {isFiltered(query) ? (
          <Link href={routes.auditLog(slug)} className={buttonClass("secondary")}>
            {t("audit.filters.clear")}
          </Link>
        ) : null}
        <a href={routes.auditLogCsv(slug, filter)} className={buttonClass("secondary")} download>
          <Icon name="download" />
          {t("audit.exportCsv")}
        </a>
      </GetForm>
      <p className="text-sm text-muted">{t("audit.ipHelp")}</p>
      <AuditLogTable
        rows={auditLogRows(log.rows, t, locale)}
        labels={{
          caption: t("audit.caption", { org: access.organization.name }),
          empty: t("audit.empty"),
          columns: {
            when: t("audit.columns.when"),
            who: t("audit.columns.who"),
            what: t("audit.columns.what"),
            target: t("audit.columns.target"),
            from: t("audit.columns.from"),
            changes: t("audit.columns.changes"),
          },
          noChange: t("audit.noChange"),
        }}
      />
      <ListPagination nav={log.nav} hrefFor={pageHref} />
    </section>
  );
}
