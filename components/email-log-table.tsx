"use client";
// The organization's email delivery log as a table rendered from each row's data (the
// server page only fetches): recipient, subject, status with its last error, attempts,
// queued and sent times, and *Send again* for a failed email (not for one whose link was
// erased when it failed: a sign-in or invitation link is never kept once its email is finished).
import { startTransition, useEffect, useState } from "react";
import { useLocale } from "next-intl";
import { retryEmailAction } from "@/app/orgs/[slug]/settings/emails/actions";
import type { EMAIL_STATUSES } from "@/lib/mail/organization-emails";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { useTranslations } from "@/lib/i18n/client";
import { useOrgAction } from "@/components/forms/use-org-action";
import { DataTable, Truncate, type Column } from "@/components/ui/data-table";
import { IconButton } from "@/components/ui/icon-button";
import { Icon } from "@/components/ui/icon";
import { announce } from "@/components/ui/notice";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";

type EmailStatus = (typeof EMAIL_STATUSES)[number];
export type EmailLogRow = {
  id: string;
  toEmail: string;
  toName: string | null;
  subject: string;
  status: EmailStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  createdAt: Date;
  sentAt: Date | null;
  /** A sign-in or invitation link, erased once the email is finished. */
  carriesLink: boolean;
};

const TONE: Record<EmailStatus, StatusTone> = { PENDING: "warn", SENDING: "info", SENT: "ok", FAILED: "danger", CANCELLED: "neutral" };

export function EmailLogTable({
  slug,
  organization,
  rows,
  canRetry,
}: {
  slug: string;
  organization: string;
  rows: EmailLogRow[];
  canRetry: boolean;
}) {
  const t = useTranslations("outbox");
  const locale = useLocale() as Locale;
  const when = (date: Date) => formatDate(locale, new Date(date), { dateStyle: "medium", timeStyle: "short" });
  const [state, action, pending] = useOrgAction(retryEmailAction, slug);
  const [retrying, setRetrying] = useState<string | null>(null);
  useEffect(() => {
    if (state?.ok) announce(t("retried", { to: state.data.to }));
    else if (state) announce(state.formError ?? "");
  }, [state, t]);

  const columns: Column<EmailLogRow>[] = [
    {
      key: "to",
      header: t("columns.to"),
      rowHeader: true,
      cell: (row) => <Truncate text={row.toName ? `${row.toName} <${row.toEmail}>` : row.toEmail} />,
    },
    { key: "subject", header: t("columns.subject"), className: "wrap", cell: (row) => row.subject },
    {
      key: "status",
      header: t("columns.status"),
      className: "wrap",
      cell: (row) => (
        <>
          <StatusBadge tone={TONE[row.status]} label={t(`status.${row.status}`)} />
          {row.lastError && row.status !== "SENT" ? <p className="mt-1 text-xs text-danger-strong">{row.lastError}</p> : null}
          {row.status === "PENDING" && row.attempts > 0 ? (
            <p className="mt-1 text-xs text-muted">{t("nextAttempt", { date: when(row.nextAttemptAt) })}</p>
          ) : null}
        </>
      ),
    },
    { key: "attempts", header: t("columns.attempts"), className: "num", cell: (row) => row.attempts },
    { key: "created", header: t("columns.created"), cell: (row) => when(row.createdAt) },
    { key: "sent", header: t("columns.sent"), cell: (row) => (row.sentAt ? when(row.sentAt) : "—") },
  ];
  if (canRetry) {
    columns.push({
      key: "actions",
      header: t("columns.actions"),
      headerHidden: true,
      className: "end",
      cell: (row) =>
        row.status === "FAILED" && row.carriesLink ? (
          <p className="text-xs text-muted">{t("errors.linkNotKept")}</p>
        ) : row.status === "FAILED" ? (
          <IconButton
            label={t("retryNamed", { subject: row.subject, to: row.toEmail })}
            icon={<Icon name="rotate-cw" />}
            disabled={pending && retrying === row.id}
            onClick={() => {
              const data = new FormData();
              data.set("emailId", row.id);
              setRetrying(row.id);
              startTransition(() => action(data));
            }}
          />
        ) : null,
    });
  }
  return (
    <DataTable
      caption={t("caption", { org: organization })}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      empty={t("empty")}
    />
  );
}
