"use client";
// The tables of the orders, invoices and quotes lists, on the kit's DataTable. Rendered on
// the client from compact rows (each a tuple of the row's data, dates and amounts already
// formatted by the server), so a row costs its cells in the HTML and its data once in the
// page's payload, nothing more (issue 9: ≤ 0.6 KB per extra row). Their words come once per
// page from the page's ClientMessages (BILLING_TABLE_MESSAGES).
import Link from "next/link";
import { CircleCheck } from "lucide-react";
import type { InvoiceStatus, OrderChannel, OrderStatus, QuoteStatus } from "@/lib/db/generated/enums";
import type { MessagePath } from "@/lib/i18n/pick-messages";
import { useTranslations } from "@/lib/i18n/client";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Person } from "@/components/ui/avatar";
import { StatusBadge } from "@/components/ui/status-badge";
import { IconSprite, SpriteIcon } from "@/components/ui/icons";
import { INVOICE_TONES, ORDER_TONES, QUOTE_TONES } from "./status-badge";
import { openMarkPaid } from "./mark-paid-dialog";

export const BILLING_TABLE_MESSAGES = {
  orders: ["billing.orders.columns", "billing.orders.caption", "billing.orders.empty", "billing.channel", "billing.orderStatus"],
  invoices: ["billing.invoices.columns", "billing.invoices.caption", "billing.invoices.empty", "billing.invoiceStatus", "billing.overdue", "billing.actions"],
  quotes: ["billing.quotes.columns", "billing.quotes.caption", "billing.quotes.empty", "billing.quoteStatus"],
} as const satisfies Record<string, readonly MessagePath[]>;

/** [id, number, placed on, channel, licensee, billing contact, total, status] */
export type OrderWire = [string, string, string, OrderChannel, string, string, string, OrderStatus];
/** [id, number, order id, order number, amount, issued on, due on, status, overdue (1/0), the viewer may pay it (1/0)] */
export type InvoiceWire = [string, string, string, string, string, string, string, InvoiceStatus, number, number];
/** [id, number, requested on, requester, amount, valid until, status] */
export type QuoteWire = [string, string, string, string | null, string, string, QuoteStatus];

type TableProps<W> = { base: string; organization: string; rows: W[] };

export function OrdersTable({ base, organization, rows }: TableProps<OrderWire>) {
  const t = useTranslations("billing");
  const columns: Column<OrderWire>[] = [
    { key: "number", header: t("orders.columns.number"), rowHeader: true, cell: (o) => <Link href={`${base}/orders/${o[0]}`} className="link">{o[1]}</Link> },
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

export function InvoicesTable({ base, organization, rows }: TableProps<InvoiceWire>) {
  const t = useTranslations("billing");
  const canPay = rows.some((i) => i[9]);
  const columns: Column<InvoiceWire>[] = [
    { key: "number", header: t("invoices.columns.number"), rowHeader: true, cell: (i) => <Link href={`${base}/invoices/${i[0]}`} className="link">{i[1]}</Link> },
    { key: "order", header: t("invoices.columns.order"), cell: (i) => <Link href={`${base}/orders/${i[2]}`} className="link">{i[3]}</Link> },
    { key: "amount", header: t("invoices.columns.amount"), className: "num", cell: (i) => i[4] },
    { key: "issued", header: t("invoices.columns.issued"), cell: (i) => i[5] },
    { key: "due", header: t("invoices.columns.due"), cell: (i) => i[6] },
    {
      key: "status", header: t("invoices.columns.status"),
      cell: (i) => <><StatusBadge tone={INVOICE_TONES[i[7]]} label={t(`invoiceStatus.${i[7]}`)} />{i[8] ? <> <StatusBadge tone="danger" label={t("overdue")} /></> : null}</>,
    },
  ];
  if (canPay) {
    columns.push({
      key: "actions", header: t("actions"), headerHidden: true, className: "end",
      cell: (i) => (i[9] ? (
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

export function QuotesTable({ base, organization, rows }: TableProps<QuoteWire>) {
  const t = useTranslations("billing");
  const columns: Column<QuoteWire>[] = [
    { key: "number", header: t("quotes.columns.number"), rowHeader: true, cell: (q) => <Link href={`${base}/quotes/${q[0]}`} className="link">{q[1]}</Link> },
    { key: "date", header: t("quotes.columns.date"), cell: (q) => q[2] },
    { key: "requester", header: t("quotes.columns.requester"), cell: (q) => (q[3] ? <Person name={q[3]} /> : "—") },
    { key: "amount", header: t("quotes.columns.amount"), className: "num", cell: (q) => q[4] },
    { key: "valid", header: t("quotes.columns.validUntil"), cell: (q) => q[5] },
    { key: "status", header: t("quotes.columns.status"), cell: (q) => <StatusBadge tone={QUOTE_TONES[q[6]]} label={t(`quoteStatus.${q[6]}`)} /> },
  ];
  return <DataTable caption={t("quotes.caption", { org: organization })} captionHidden columns={columns} rows={rows} rowKey={(q) => q[0]} empty={t("quotes.empty")} />;
}
