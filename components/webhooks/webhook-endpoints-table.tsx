"use client";
// The organization's webhook endpoints: URL (with its delivery log), events, status, and per
// endpoint Rotate secret (confirmed, then the new secret shown once), Disable/Enable and
// Delete (confirmed). Each confirmation exists once and opens for the chosen endpoint.
import { useEffect, useState } from "react";
import Link from "next/link";
import { useLocale } from "next-intl";
import {
  deleteWebhookEndpointAction,
  disableWebhookEndpointAction,
  enableWebhookEndpointAction,
  rotateWebhookSecretAction,
} from "@/app/orgs/[slug]/settings/webhooks/actions";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { useTranslations } from "@/lib/i18n/client";
import { routes } from "@/lib/routes";
import { isWebhookEventType } from "@/lib/webhooks/events";
import { createRowDialog } from "@/components/forms/row-dialog";
import { failureMessage, failureOf, useOrgAction, type OrgAction } from "@/components/forms/use-org-action";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClass } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Dialog, DialogBody, DialogFooter, DIALOG_FORM } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/field";
import { IconButton } from "@/components/ui/icon-button";
import { Icon } from "@/components/ui/icon";
import { StatusBadge } from "@/components/ui/status-badge";
import { SecretDialog, type ShownSecret } from "./secret-dialog";

export type WebhookEndpointListRow = {
  id: string;
  url: string;
  events: string[];
  disabledAt: Date | null;
  disabledReason: string | null;
  failingSince: Date | null;
};

type Props = { slug: string; organization: string; rows: WebhookEndpointListRow[]; writable: boolean };

export function WebhookEndpointsTable({ slug, organization, rows, writable }: Props) {
  const t = useTranslations("webhooks");
  const locale = useLocale() as Locale;
  const when = (date: Date) => formatDate(locale, new Date(date), { dateStyle: "medium", timeStyle: "short" });
  const eventName = (type: string) => (isWebhookEventType(type) ? t(`eventNames.${type}`) : type);
  const columns: Column<WebhookEndpointListRow>[] = [
    {
      key: "url",
      header: t("columns.url"),
      rowHeader: true,
      className: "wrap",
      cell: (row) => (
        <Link href={routes.webhooks(slug, row.id)} className="link break-all" aria-label={t("actions.log", { url: row.url })}>
          {row.url}
        </Link>
      ),
    },
    { key: "events", header: t("columns.events"), className: "wrap", cell: (row) => row.events.map(eventName).join(", ") },
    {
      key: "status",
      header: t("columns.status"),
      cell: (row) =>
        row.disabledAt ? (
          <StatusBadge tone="neutral" label={row.disabledReason === "failing" ? t("status.disabledFailing") : t("status.disabled")} />
        ) : row.failingSince ? (
          <StatusBadge tone="danger" label={t("status.failing", { date: when(row.failingSince) })} />
        ) : (
          <StatusBadge tone="ok" label={t("status.enabled")} />
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
            label={t("actions.rotate", { url: row.url })}
            icon={<Icon name="rotate-cw" />}
            onClick={(event) => rotateDialog.open({ row, opener: event.currentTarget })}
          />
          <SwitchForm slug={slug} row={row} />
          <IconButton
            label={t("actions.delete", { url: row.url })}
            icon={<Icon name="trash" />}
            tone="danger"
            onClick={(event) => deleteDialog.open({ row, opener: event.currentTarget })}
          />
        </div>
      ),
    });
  }
  return (
    <>
      <DataTable caption={t("caption", { org: organization })} columns={columns} rows={rows} rowKey={(row) => row.id} empty={t("empty")} />
      {writable ? (
        <>
          <ConfirmDialog slug={slug} dialog={rotateDialog} action={rotateWebhookSecretAction} kind="rotate" />
          <ConfirmDialog slug={slug} dialog={deleteDialog} action={deleteWebhookEndpointAction} kind="remove" />
        </>
      ) : null}
    </>
  );
}

/** Disable or Enable at once (no confirmation: either is undone by the other). */
function SwitchForm({ slug, row }: { slug: string; row: WebhookEndpointListRow }) {
  const t = useTranslations("webhooks");
  const enable = !!row.disabledAt;
  const [state, formAction, pending] = useOrgAction(enable ? enableWebhookEndpointAction : disableWebhookEndpointAction, slug);
  return (
    <ActionForm action={formAction} className="contents">
      <input type="hidden" name="endpointId" value={row.id} />
      <IconButton
        type="submit"
        label={enable ? t("actions.enable", { url: row.url }) : t("actions.disable", { url: row.url })}
        icon={<Icon name={enable ? "check" : "ban"} />}
        disabled={pending}
        aria-describedby={failureOf(state) ? `${row.id}-switch-error` : undefined}
      />
      {failureOf(state) ? (
        <span id={`${row.id}-switch-error`} role="alert" className="field-error">
          {failureMessage(state, "endpointId")}
        </span>
      ) : null}
    </ActionForm>
  );
}

type RowRequest = { row: WebhookEndpointListRow; opener: HTMLElement };
const rotateDialog = createRowDialog<RowRequest>();
const deleteDialog = createRowDialog<RowRequest>();

type ConfirmProps<R> = {
  slug: string;
  dialog: typeof rotateDialog;
  action: OrgAction<R>;
  kind: "rotate" | "remove";
};

function ConfirmDialog<R extends { id: string; url: string; secret?: string }>({ slug, dialog, action, kind }: ConfirmProps<R>) {
  const t = useTranslations();
  const { request, close } = dialog.useRequest();
  const [shown, setShown] = useState<ShownSecret | null>(null);
  const endpoint = request?.row ?? null;
  return (
    <>
      <Dialog
        open={!!endpoint}
        onClose={close}
        title={t(`webhooks.${kind}.title`)}
        description={t(`webhooks.${kind}.body`, { url: endpoint?.url ?? "" })}
        closeLabel={t("common.close")}
        returnFocusTo={request?.opener ?? null}
      >
        {endpoint ? (
          <ConfirmForm
            key={endpoint.id}
            slug={slug}
            endpointId={endpoint.id}
            action={action}
            kind={kind}
            onDone={(data) => {
              close();
              if (data.secret) setShown({ url: data.url, secret: data.secret, rotated: true });
            }}
            onCancel={close}
          />
        ) : null}
      </Dialog>
      <SecretDialog shown={shown} onClose={() => setShown(null)} />
    </>
  );
}

function ConfirmForm<R extends { id: string; url: string; secret?: string }>(props: {
  slug: string;
  endpointId: string;
  action: OrgAction<R>;
  kind: "rotate" | "remove";
  onDone: (data: R) => void;
  onCancel: () => void;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useOrgAction(props.action, props.slug);
  const { onDone } = props;
  useEffect(() => {
    if (state?.ok) onDone(state.data);
  }, [state, onDone]);
  return (
    <ActionForm action={formAction} className={DIALOG_FORM}>
      <input type="hidden" name="endpointId" value={props.endpointId} />
      {failureOf(state) ? (
        <DialogBody>
          <FormError message={failureMessage(state, "endpointId")} />
        </DialogBody>
      ) : null}
      <DialogFooter>
        <button type="button" onClick={props.onCancel} className={buttonClass("secondary")}>
          {t("common.cancel")}
        </button>
        <button type="submit" className={buttonClass(props.kind === "remove" ? "danger" : "primary")} disabled={pending}>
          {pending ? t(`webhooks.${props.kind}.pending`) : t(`webhooks.${props.kind}.submit`)}
        </button>
      </DialogFooter>
    </ActionForm>
  );
}
