"use client";
// The tables of the orders, invoices and quotes lists, on the kit's DataTable. Rendered on
// the client from compact rows (each a tuple of the row's data, dates and amounts already
// formatted by the server), so a row costs its cells in the HTML and its data once in the
// page's payload, nothing more (the page-weight budget: ≤ 0.6 KB per extra row). Their words come once per
// page from the page's ClientMessages (BILLING_TABLE_MESSAGES, table-messages.ts). Links
// are relative to the list's own page (/orgs/<slug>/billing/<list>): "orders/<id>" leads
// to /orgs/<slug>/billing/orders/<id>, and the organization's path is not repeated per row;
// inside a list (billing-list.tsx) they take the link look from the list, not per link.
import Link from "next/link";
import { CircleCheck, UserPlus, UserX } from "lucide-react";
import { useTranslations } from "@/lib/i18n/client";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Person } from "@/components/ui/avatar";
import { StatusBadge } from "@/components/ui/status-badge";
import { IconSprite, SpriteIcon } from "@/components/ui/icons";
import { INVOICE_TONES, ORDER_TONES, QUOTE_TONES } from "./status-badge";
import { openMarkPaid } from "./mark-paid-dialog";
import { openLicenseDialog } from "./license-dialogs";
import { INVOICE_STATUSES, OVERDUE, PAYABLE, type InvoiceWire, type LicenseWire, type OrderWire, type QuoteWire } from "./wires";


type TableProps<W> = { organization: string; rows: W[] };

export function OrdersTable({ organization, rows }: TableProps<OrderWire>) {
  const t = useTranslations("billing");
  const columns: Column<OrderWire>[] = [
    { key: "number", header: t("orders.columns.number"), rowHeader: true, cell: (o) => <Link href={`orders/${o[0]}`}>{o[1]}</Link> },
    { key: "date", header: t("orders.columns.date"), cell: (o) => o[2] },
    { key: "channel", header: t("orders.columns.channel"), cell: (o) => t(`channel.${o[3]}`) },
    { key: "licensee", header: t("orders.columns.licensee"), cell: (o) => <Person name={o[4]} /> },
    { key: "billing", header: t("orders.columns.billing"), cell: (o) => <Person name={o[5]} /> },
    { key: "total", header: t("orders.columns.total"), className: "num", cell: (o) => o[6] },
    { key: "status", header: t("orders.columns.status"), cell: (o) => <StatusBadge tone={ORDER_TONES[o[7]]} label={t(`orderStatus.${o[7]}`)} /> },
  ];
  return <DataTable caption={t("orders.caption", { org: organization })} captionHidden columns={columns} rows={rows} rowKey={(o) => o[0]} empty={t("orders.empty")} />;
}

const ICONS = { paid: CircleCheck };

export function InvoicesTable({ organization, rows }: TableProps<InvoiceWire>) {
  const t = useTranslations("billing");
  const canPay = rows.some((i) => i[7] & PAYABLE);
  const columns: Column<InvoiceWire>[] = [
    { key: "number", header: t("invoices.columns.number"), rowHeader: true, cell: (i) => <Link href={`invoices/${i[0]}`}>{i[1]}</Link> },
    { key: "order", header: t("invoices.columns.order"), cell: (i) => <Link href={`orders/${i[2]}`}>{i[3]}</Link> },
    { key: "amount", header: t("invoices.columns.amount"), className: "num", cell: (i) => i[4] },
    { key: "issued", header: t("invoices.columns.issued"), cell: (i) => i[5] },
    { key: "due", header: t("invoices.columns.due"), cell: (i) => i[6] },
    {
      key: "status", header: t("invoices.columns.status"),
      cell: (i) => {
        const status = INVOICE_STATUSES[i[7] & 3];
        return <><StatusBadge tone={INVOICE_TONES[status]} label={t(`invoiceStatus.${status}`)} />{i[7] & OVERDUE ? <> <StatusBadge tone="danger" label={t("overdue")} /></> : null}</>;
      },
    },
  ];
  if (canPay) {
    columns.push({
      key: "actions", header: t("actions"), headerHidden: true,
      cell: (i) => (i[7] & PAYABLE ? (
        <button type="button" className="icon-btn" aria-label={t("invoices.markPaidNamed", { number: i[1] })} onClick={(event) => openMarkPaid([i[0], i[1], i[4]], event.currentTarget)}>
          <SpriteIcon name="paid" />
        </button>
      ) : null),
    });
  }
  return (
    <>
      {canPay ? <IconSprite icons={ICONS} /> : null}
      <DataTable caption={t("invoices.caption", { org: organization })} captionHidden columns={columns} rows={rows} rowKey={(i) => i[0]} empty={t("invoices.empty")} />
    </>
  );
}

export function QuotesTable({ organization, rows }: TableProps<QuoteWire>) {
  const t = useTranslations("billing");
  const columns: Column<QuoteWire>[] = [
    { key: "number", header: t("quotes.columns.number"), rowHeader: true, cell: (q) => <Link href={`quotes/${q[0]}`}>{q[1]}</Link> },
    { key: "date", header: t("quotes.columns.date"), cell: (q) => q[2] },
    { key: "requester", header: t("quotes.columns.requester"), cell: (q) => (q[3] ? <Person name={q[3]} /> : "—") },
    { key: "amount", header: t("quotes.columns.amount"), className: "num", cell: (q) => q[4] },
    { key: "valid", header: t("quotes.columns.validUntil"), cell: (q) => q[5] },
    { key: "status", header: t("quotes.columns.status"), cell: (q) => <StatusBadge tone={QUOTE_TONES[q[6]]} label={t(`quoteStatus.${q[6]}`)} /> },
  ];
  return <DataTable caption={t("quotes.caption", { org: organization })} captionHidden columns={columns} rows={rows} rowKey={(q) => q[0]} empty={t("quotes.empty")} />;
}

const LICENSE_ICONS = { assign: UserPlus, revoke: UserX };

/** Licenses (the licenses list, or an order's without its order column); Assign and Revoke for those who manage them. */
export function LicensesTable({ caption, rows, canManage, showOrder }: { caption: string; rows: LicenseWire[]; canManage: boolean; showOrder: boolean }) {
  const t = useTranslations("billing.licenses");
  const columns: Column<LicenseWire>[] = [
    { key: "product", header: t("columns.product"), rowHeader: true, cell: (l) => l[1] },
    { key: "key", header: t("columns.key"), cell: (l) => <code>{l[2]}</code> },
  ];
  if (showOrder) columns.push({ key: "order", header: t("columns.order"), cell: (l) => (l[5] ? <Link href={`orders/${l[3]}`}>{l[4]}</Link> : l[4]) });
  columns.push(
    { key: "seats", header: t("columns.seats"), cell: (l) => t("seatsUsed", { used: String(l[6]), seats: String(l[7]) }) },
    { key: "valid", header: t("columns.validUntil"), cell: (l) => l[8] || "—" },
    {
      key: "assignees", header: t("columns.assignees"),
      cell: (l) => (
        <ul className="cell-list">
          {l[9].length === 0 ? <li className="text-muted">{t("noAssignee")}</li> : null}
          {l[9].map(([id, email]) => (
            <li key={id} className="flex items-center">
              <Person name={email} />
              {canManage ? (
                <button type="button" className="icon-btn ml-1" data-tone="danger" aria-label={t("revokeNamed", { email })}
                  onClick={(event) => openLicenseDialog({ kind: "revoke", seat: [id, email, l[1]], opener: event.currentTarget })}>
                  <SpriteIcon name="revoke" />
                </button>
              ) : null}
            </li>
          ))}
          {l[6] > l[9].length ? <li className="text-muted">{t("moreAssignees", { count: l[6] - l[9].length })}</li> : null}
          {canManage && l[6] < l[7] ? (
            <li>
              <button type="button" className="row-action" aria-label={t("assignNamed", { product: l[1] })}
                onClick={(event) => openLicenseDialog({ kind: "assign", license: [l[0], l[1], l[7] - l[6]], opener: event.currentTarget })}>
                <SpriteIcon name="assign" />
                {t("assign")}
              </button>
            </li>
          ) : null}
        </ul>
      ),
    },
  );
  return (
    <>
      {canManage ? <IconSprite icons={LICENSE_ICONS} /> : null}
      <DataTable caption={caption} captionHidden columns={columns} rows={rows} rowKey={(l) => l[0]} empty={t("empty")} />
    </>
  );
}
