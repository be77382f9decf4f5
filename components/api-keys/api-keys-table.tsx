"use client";
// The organization's API keys: prefix, role, creator, last use and expiry, and Revoke, whose
// confirmation exists once and opens for the chosen key.
import { useEffect } from "react";
import { useLocale } from "next-intl";
import { revokeApiKeyAction } from "@/app/orgs/[slug]/settings/api-keys/actions";
import type { OrgRole } from "@/lib/db/generated/enums";
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

export type ApiKeyListRow = {
  id: string;
  name: string;
  prefix: string;
  role: OrgRole;
  createdBy: string | null;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  expired: boolean;
};

type Props = { slug: string; organization: string; rows: ApiKeyListRow[]; writable: boolean };

export function ApiKeysTable({ slug, organization, rows, writable }: Props) {
  const t = useTranslations("apiKeys");
  const roleNames = useTranslations("roles");
  const locale = useLocale() as Locale;
  const when = (date: Date) => formatDate(locale, new Date(date), { dateStyle: "medium", timeStyle: "short" });
  const columns: Column<ApiKeyListRow>[] = [
    { key: "name", header: t("columns.name"), rowHeader: true, cell: (row) => row.name },
    {
      key: "prefix",
      header: t("columns.prefix"),
      cell: (row) => <code className="rounded bg-subtle px-1 py-0.5 text-xs">{row.prefix}…</code>,
    },
    { key: "role", header: t("columns.role"), cell: (row) => roleNames(row.role) },
    { key: "createdBy", header: t("columns.createdBy"), cell: (row) => row.createdBy ?? t("deletedAccount") },
    { key: "lastUsed", header: t("columns.lastUsed"), cell: (row) => (row.lastUsedAt ? when(row.lastUsedAt) : t("neverUsed")) },
    {
      key: "expires",
      header: t("columns.expires"),
      cell: (row) =>
        !row.expiresAt ? (
          t("neverExpires")
        ) : row.expired ? (
          <span className="text-danger-strong">{t("expired", { date: when(row.expiresAt) })}</span>
        ) : (
          when(row.expiresAt)
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
        <div className="actions">
          <IconButton
            label={t("revoke.open", { name: row.name })}
            icon={<Icon name="trash" />}
            tone="danger"
            onClick={(event) => revokeDialog.open({ row, opener: event.currentTarget })}
          />
        </div>
      ),
    });
  }
  return (
    <>
      <DataTable caption={t("caption", { org: organization })} columns={columns} rows={rows} rowKey={(row) => row.id} empty={t("empty")} />
      {writable ? <RevokeDialog slug={slug} /> : null}
    </>
  );
}

const revokeDialog = createRowDialog<{ row: ApiKeyListRow; opener: HTMLElement }>();

function RevokeDialog({ slug }: { slug: string }) {
  const t = useTranslations();
  const { request, close: onClose } = revokeDialog.useRequest();
  const key = request?.row ?? null;
  return (
    <Dialog
      open={!!key}
      onClose={onClose}
      title={t("apiKeys.revoke.title", { name: key?.name ?? "" })}
      description={t("apiKeys.revoke.body")}
      closeLabel={t("common.close")}
      returnFocusTo={request?.opener ?? null}
    >
      {key ? <RevokeForm key={key.id} apiKeyId={key.id} slug={slug} onClose={onClose} /> : null}
    </Dialog>
  );
}

function RevokeForm({ apiKeyId, slug, onClose }: { apiKeyId: string; slug: string; onClose: () => void }) {
  const t = useTranslations();
  const [state, formAction, pending] = useOrgAction(revokeApiKeyAction, slug);
  const failure = failureOf(state);
  useEffect(() => {
    if (state?.ok) onClose();
  }, [state, onClose]);
  return (
    <ActionForm action={formAction} className={DIALOG_FORM}>
      <input type="hidden" name="apiKeyId" value={apiKeyId} />
      {failure ? (
        <DialogBody>
          <FormError message={failureMessage(state, "apiKeyId")} />
        </DialogBody>
      ) : null}
      <DialogFooter>
        <button type="button" onClick={onClose} className={buttonClass("secondary")}>
          {t("common.cancel")}
        </button>
        <button type="submit" className={buttonClass("danger")} disabled={pending}>
          {pending ? t("apiKeys.revoke.revoking") : t("apiKeys.revoke.submit")}
        </button>
      </DialogFooter>
    </ActionForm>
  );
}
