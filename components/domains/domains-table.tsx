"use client";
// The organization's domains (rendered from their data): status with when it was verified
// or last checked, the TXT record to publish with a Copy button, Verify for a domain not
// verified yet, and Remove, whose confirmation exists once and opens for the chosen domain.
import { useEffect } from "react";
import { useLocale } from "next-intl";
import { removeDomainAction } from "@/app/orgs/[slug]/settings/domains/actions";
import type { DomainStatus } from "@/lib/db/generated/enums";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { useTranslations } from "@/lib/i18n/client";
import { createRowDialog } from "@/components/forms/row-dialog";
import { failureMessage, failureOf, useOrgAction } from "@/components/forms/use-org-action";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClass } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Dialog, DialogBody, DialogFooter, DIALOG_FORM } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/field";
import { IconButton } from "@/components/ui/icon-button";
import { Icon } from "@/components/ui/icon";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import { CopyRecordValueButton } from "./copy-record-value-button";
import { VerifyDomainButton } from "./verify-domain-button";

export type DomainRow = {
  id: string;
  domain: string;
  status: DomainStatus;
  verifiedAt: Date | null;
  lastCheckedAt: Date | null;
  /** Why the last check failed, in the reader's language (lib/domains/check-failure.ts). */
  lastError: string | null;
  record: { type: string; host: string; value: string };
};

type Props = {
  slug: string;
  organization: string;
  rows: DomainRow[];
  writable: boolean;
};

const TONE: Record<DomainStatus, StatusTone> = { PENDING: "warn", VERIFIED: "ok", FAILED: "danger" };

export function DomainsTable({ slug, organization, rows, writable }: Props) {
  const t = useTranslations("domains");
  const locale = useLocale() as Locale;
  const when = (date: Date) => formatDate(locale, new Date(date), { dateStyle: "medium", timeStyle: "short" });
  const columns: Column<DomainRow>[] = [
    { key: "domain", header: t("columns.domain"), rowHeader: true, cell: (row) => row.domain },
    {
      key: "status",
      header: t("columns.status"),
      className: "wrap",
      cell: (row) => (
        <div className="flex max-w-72 flex-col items-start gap-1">
          <StatusBadge tone={TONE[row.status]} label={t(`status.${row.status}`)} />
          <span className="text-xs text-muted">
            {row.status === "VERIFIED" && row.verifiedAt
              ? t("verifiedOn", { date: when(row.verifiedAt) })
              : row.lastCheckedAt
                ? t("lastChecked", { date: when(row.lastCheckedAt) })
                : t("notChecked")}
          </span>
          {row.status !== "VERIFIED" && row.lastError ? <span className="text-xs text-danger-strong">{row.lastError}</span> : null}
        </div>
      ),
    },
    {
      key: "record",
      header: t("columns.record"),
      className: "wrap",
      cell: (row) => (
        <>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] items-baseline gap-x-3 gap-y-1 text-xs">
            <dt className="font-medium text-muted">{t("record.type")}</dt>
            <dd>
              <code className="rounded bg-subtle px-1 py-0.5">{row.record.type}</code>
            </dd>
            <dt className="font-medium text-muted">{t("record.host")}</dt>
            <dd>
              <code className="rounded bg-subtle px-1 py-0.5 break-all">{row.record.host}</code>
            </dd>
            <dt className="font-medium text-muted">{t("record.value")}</dt>
            <dd className="flex flex-wrap items-center gap-2">
              <code id={`txt-value-${row.id}`} className="rounded bg-subtle px-1 py-0.5 break-all select-all">
                {row.record.value}
              </code>
              <CopyRecordValueButton value={row.record.value} targetId={`txt-value-${row.id}`} domain={row.domain} />
            </dd>
          </dl>
          {row.status === "VERIFIED" ? <p className="mt-1 text-xs text-muted">{t("record.keep")}</p> : null}
        </>
      ),
    },
  ];
  if (writable) {
    columns.push({
      key: "actions",
      header: t("columns.actions"),
      headerHidden: true,
      className: "end",
      cell: (row) => (
        <div className="actions items-start">
          {row.status !== "VERIFIED" ? <VerifyDomainButton slug={slug} domainId={row.id} domain={row.domain} /> : null}
          <IconButton
            label={t("remove.title", { domain: row.domain })}
            icon={<Icon name="trash" />}
            tone="danger"
            onClick={(event) => removeDialog.open({ row, opener: event.currentTarget })}
          />
        </div>
      ),
    });
  }
  return (
    <>
      <DataTable
        caption={t("tableCaption", { org: organization })}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        empty={t("empty")}
      />
      {writable ? <RemoveDialog slug={slug} /> : null}
    </>
  );
}

const removeDialog = createRowDialog<{ row: DomainRow; opener: HTMLElement }>();

/** Remove, once per list, for the row whose button opened it. */
function RemoveDialog({ slug }: { slug: string }) {
  const t = useTranslations();
  const { request, close: onClose } = removeDialog.useRequest();
  const domain = request?.row ?? null;
  const opener = request?.opener ?? null;
  return (
    <Dialog
      open={!!domain}
      onClose={onClose}
      title={t("domains.remove.title", { domain: domain?.domain ?? "" })}
      description={t("domains.remove.body")}
      closeLabel={t("common.close")}
      returnFocusTo={opener}
    >
      {domain ? <RemoveForm key={domain.id} domainId={domain.id} slug={slug} onClose={onClose} /> : null}
    </Dialog>
  );
}

function RemoveForm({ domainId, slug, onClose }: { domainId: string; slug: string; onClose: () => void }) {
  const t = useTranslations();
  const [state, formAction, pending] = useOrgAction(removeDomainAction, slug);
  const failure = failureOf(state);
  useEffect(() => {
    if (state?.ok) onClose();
  }, [state, onClose]);
  return (
    <ActionForm action={formAction} className={DIALOG_FORM}>
      <input type="hidden" name="domainId" value={domainId} />
      {failure ? (
        <DialogBody>
          <FormError message={failureMessage(state, "domainId")} />
        </DialogBody>
      ) : null}
      <DialogFooter>
        <button type="button" onClick={onClose} className={buttonClass("secondary")}>
          {t("common.cancel")}
        </button>
        <button type="submit" className={buttonClass("danger")} disabled={pending}>
          {pending ? t("domains.remove.removing") : t("domains.remove.confirm")}
        </button>
      </DialogFooter>
    </ActionForm>
  );
}
