"use client";
// One endpoint's delivery log, newest first: event, status, response code, duration, attempts,
// last attempt (and the next one while waiting), the start of the receiver's answer, and Resend.
import { useLocale } from "next-intl";
import { resendWebhookDeliveryAction } from "@/app/orgs/[slug]/settings/webhooks/actions";
import type { WebhookDeliveryStatus } from "@/lib/db/generated/enums";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { useTranslations } from "@/lib/i18n/client";
import { isWebhookEventType } from "@/lib/webhooks/events";
import { failureMessage, failureOf, useOrgAction } from "@/components/forms/use-org-action";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable, type Column } from "@/components/ui/data-table";
import { IconButton } from "@/components/ui/icon-button";
import { Icon } from "@/components/ui/icon";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";

export type WebhookDeliveryListRow = {
  id: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date;
  responseStatus: number | null;
  durationMs: number | null;
  responseExcerpt: string | null;
  error: string | null;
};

const TONES: Record<WebhookDeliveryStatus, StatusTone> = { PENDING: "warn", DELIVERED: "ok", FAILED: "danger" };

type Props = { slug: string; endpointId: string; url: string; rows: WebhookDeliveryListRow[]; writable: boolean };

export function WebhookDeliveriesTable({ slug, endpointId, url, rows, writable }: Props) {
  const t = useTranslations("webhooks");
  const locale = useLocale() as Locale;
  const when = (date: Date) => formatDate(locale, new Date(date), { dateStyle: "medium", timeStyle: "medium" });
  const eventName = (type: string) => (isWebhookEventType(type) ? t(`eventNames.${type}`) : type);
  const columns: Column<WebhookDeliveryListRow>[] = [
    {
      key: "event",
      header: t("log.columns.event"),
      rowHeader: true,
      cell: (row) => (
        <>
          {eventName(row.eventType)} <code className="text-xs text-muted">{row.id}</code>
        </>
      ),
    },
    {
      key: "status",
      header: t("log.columns.status"),
      cell: (row) => (
        <>
          <StatusBadge tone={TONES[row.status]} label={t(`log.statuses.${row.status}`)} />
          {row.status === "PENDING" && row.attempts > 0 ? (
            <span className="block text-xs text-muted">{t("log.next", { date: when(row.nextAttemptAt) })}</span>
          ) : null}
        </>
      ),
    },
    { key: "code", header: t("log.columns.code"), className: "num", cell: (row) => row.responseStatus?.toString() ?? t("log.none") },
    {
      key: "duration",
      header: t("log.columns.duration"),
      className: "num",
      cell: (row) => (row.durationMs === null ? t("log.none") : t("log.ms", { ms: row.durationMs })),
    },
    { key: "attempts", header: t("log.columns.attempts"), className: "num", cell: (row) => row.attempts.toString() },
    { key: "when", header: t("log.columns.when"), cell: (row) => (row.lastAttemptAt ? when(row.lastAttemptAt) : t("log.none")) },
    {
      key: "excerpt",
      header: t("log.columns.excerpt"),
      className: "wrap",
      cell: (row) => <span className="break-all text-xs">{row.responseExcerpt || row.error || t("log.none")}</span>,
    },
  ];
  if (writable) {
    columns.push({
      key: "actions",
      header: t("log.columns.actions"),
      headerHidden: true,
      className: "end",
      cell: (row) => (
        <ResendForm
          slug={slug}
          endpointId={endpointId}
          row={row}
          label={t("log.resend", { event: eventName(row.eventType), id: row.id })}
        />
      ),
    });
  }
  return <DataTable caption={t("log.caption", { url })} columns={columns} rows={rows} rowKey={(row) => row.id} empty={t("log.empty")} />;
}

function ResendForm({ slug, endpointId, row, label }: { slug: string; endpointId: string; row: WebhookDeliveryListRow; label: string }) {
  const t = useTranslations("webhooks");
  const [state, formAction, pending] = useOrgAction(resendWebhookDeliveryAction, slug);
  const failed = failureOf(state);
  return (
    <ActionForm action={formAction} className="actions">
      <input type="hidden" name="endpointId" value={endpointId} />
      <input type="hidden" name="deliveryId" value={row.id} />
      <IconButton type="submit" label={label} icon={<Icon name="send" />} disabled={pending} />
      <span role="status" className={failed ? "field-error" : "text-xs text-muted"}>
        {failed ? failureMessage(state, "deliveryId", "endpointId") : state?.ok ? t("log.resent") : ""}
      </span>
    </ActionForm>
  );
}
