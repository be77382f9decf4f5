"use client";
// The tables of the orders, invoices, quotes and licenses lists, on the kit's DataTable,
// drawn from each row's data (lib/billing/billing-wire.ts: dates and amounts already
// formatted by the server). Their words come once per page from the page's ClientMessages
// (billing-tables.words.ts); inside a list (billing-list.tsx) links take
// the link look from the list.
import Link from "next/link";
import { routes } from "@/lib/routes";
import type { InvoiceWire, LicenseWire, OrderWire, QuoteWire } from "@/lib/billing/billing-wire";
import { useTranslations } from "@/lib/i18n/client";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Person } from "@/components/ui/avatar";
import { Icon } from "@/components/ui/icon";
import { StatusBadge } from "@/components/ui/status-badge";
import { INVOICE_TONES, ORDER_TONES, QUOTE_TONES } from "./status-badge";
import { openMarkPaid } from "./mark-paid-dialog";
import { openLicenseDialog } from "./license-dialogs";

type TableProps<Row> = { slug: string; organization: string; rows: Row[] };

export function OrdersTable({ slug, organization, rows }: TableProps<OrderWire>) {
  const t = useTranslations("billing");
  const columns: Column<OrderWire>[] = [
    {
      key: "number",
      header: t("orders.columns.number"),
      rowHeader: true,
      cell: (order) => <Link href={routes.order(slug, order.id)}>{order.number}</Link>,
    },
    { key: "date", header: t("orders.columns.date"), cell: (order) => order.placedOn },
    { key: "channel", header: t("orders.columns.channel"), cell: (order) => t(`channel.${order.channel}`) },
    { key: "licensee", header: t("orders.columns.licensee"), cell: (order) => <Person name={order.licensee} /> },
    { key: "billing", header: t("orders.columns.billing"), cell: (order) => <Person name={order.billingContact} /> },
    { key: "total", header: t("orders.columns.total"), className: "num", cell: (order) => order.total },
    {
      key: "status",
      header: t("orders.columns.status"),
      cell: (order) => <StatusBadge tone={ORDER_TONES[order.status]} label={t(`orderStatus.${order.status}`)} />,
    },
  ];
  return (
    <DataTable
      caption={t("orders.caption", { org: organization })}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(order) => order.id}
      empty={t("orders.empty")}
    />
  );
}

export function InvoicesTable({ slug, organization, rows }: TableProps<InvoiceWire>) {
  const t = useTranslations("billing");
  const canPay = rows.some((invoice) => invoice.payable);
  const columns: Column<InvoiceWire>[] = [
    {
      key: "number",
      header: t("invoices.columns.number"),
      rowHeader: true,
      cell: (invoice) => <Link href={routes.invoice(slug, invoice.id)}>{invoice.number}</Link>,
    },
    {
      key: "order",
      header: t("invoices.columns.order"),
      cell: (invoice) => <Link href={routes.order(slug, invoice.orderId)}>{invoice.orderNumber}</Link>,
    },
    { key: "amount", header: t("invoices.columns.amount"), className: "num", cell: (invoice) => invoice.amount },
    { key: "issued", header: t("invoices.columns.issued"), cell: (invoice) => invoice.issuedOn },
    { key: "due", header: t("invoices.columns.due"), cell: (invoice) => invoice.dueOn },
    {
      key: "status",
      header: t("invoices.columns.status"),
      cell: (invoice) => (
        <>
          <StatusBadge tone={INVOICE_TONES[invoice.status]} label={t(`invoiceStatus.${invoice.status}`)} />
          {invoice.overdue ? (
            <>
              {" "}
              <StatusBadge tone="danger" label={t("overdue")} />
            </>
          ) : null}
        </>
      ),
    },
  ];
  if (canPay) {
    columns.push({
      key: "actions",
      header: t("actions"),
      headerHidden: true,
      cell: (invoice) =>
        invoice.payable ? (
          <button
            type="button"
            className="icon-btn"
            aria-label={t("invoices.markPaidNamed", { number: invoice.number })}
            onClick={(event) => openMarkPaid({ id: invoice.id, number: invoice.number, amount: invoice.amount }, event.currentTarget)}
          >
            <Icon name="circle-check" />
          </button>
        ) : null,
    });
  }
  return (
    <DataTable
      caption={t("invoices.caption", { org: organization })}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(invoice) => invoice.id}
      empty={t("invoices.empty")}
    />
  );
}

export function QuotesTable({ slug, organization, rows }: TableProps<QuoteWire>) {
  const t = useTranslations("billing");
  const columns: Column<QuoteWire>[] = [
    {
      key: "number",
      header: t("quotes.columns.number"),
      rowHeader: true,
      cell: (quote) => <Link href={routes.quote(slug, quote.id)}>{quote.number}</Link>,
    },
    { key: "date", header: t("quotes.columns.date"), cell: (quote) => quote.requestedOn },
    {
      key: "requester",
      header: t("quotes.columns.requester"),
      cell: (quote) => (quote.requester ? <Person name={quote.requester} /> : "—"),
    },
    { key: "amount", header: t("quotes.columns.amount"), className: "num", cell: (quote) => quote.amount },
    { key: "valid", header: t("quotes.columns.validUntil"), cell: (quote) => quote.validUntil },
    {
      key: "status",
      header: t("quotes.columns.status"),
      cell: (quote) => <StatusBadge tone={QUOTE_TONES[quote.status]} label={t(`quoteStatus.${quote.status}`)} />,
    },
  ];
  return (
    <DataTable
      caption={t("quotes.caption", { org: organization })}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(quote) => quote.id}
      empty={t("quotes.empty")}
    />
  );
}

/** Licenses (the licenses list, or an order's without its order column); Assign and Revoke for those who manage them. */
export function LicensesTable({
  slug,
  caption,
  rows,
  canManage,
  showOrder,
}: {
  slug: string;
  caption: string;
  rows: LicenseWire[];
  canManage: boolean;
  showOrder: boolean;
}) {
  const t = useTranslations("billing.licenses");
  const columns: Column<LicenseWire>[] = [
    { key: "product", header: t("columns.product"), rowHeader: true, cell: (license) => license.product },
    { key: "key", header: t("columns.key"), cell: (license) => <code>{license.licenseKey}</code> },
  ];
  if (showOrder) {
    columns.push({
      key: "order",
      header: t("columns.order"),
      cell: (license) =>
        license.orderVisible ? <Link href={routes.order(slug, license.orderId)}>{license.orderNumber}</Link> : license.orderNumber,
    });
  }
  columns.push(
    {
      key: "seats",
      header: t("columns.seats"),
      cell: (license) => t("seatsUsed", { used: String(license.seatsUsed), seats: String(license.seats) }),
    },
    { key: "valid", header: t("columns.validUntil"), cell: (license) => license.validUntil ?? "—" },
    {
      key: "assignees",
      header: t("columns.assignees"),
      cell: (license) => (
        <ul className="cell-list">
          {license.assignees.length === 0 ? <li className="text-muted">{t("noAssignee")}</li> : null}
          {license.assignees.map((assignee) => (
            <li key={assignee.id} className="flex items-center">
              <Person name={assignee.email} />
              {canManage ? (
                <button
                  type="button"
                  className="icon-btn ml-1"
                  data-tone="danger"
                  aria-label={t("revokeNamed", { email: assignee.email })}
                  onClick={(event) =>
                    openLicenseDialog({
                      kind: "revoke",
                      seat: { id: assignee.id, email: assignee.email, product: license.product },
                      opener: event.currentTarget,
                    })
                  }
                >
                  <Icon name="user-x" />
                </button>
              ) : null}
            </li>
          ))}
          {license.seatsUsed > license.assignees.length ? (
            <li className="text-muted">{t("moreAssignees", { count: license.seatsUsed - license.assignees.length })}</li>
          ) : null}
          {canManage && license.seatsUsed < license.seats ? (
            <li>
              <button
                type="button"
                className="row-action"
                aria-label={t("assignNamed", { product: license.product })}
                onClick={(event) =>
                  openLicenseDialog({
                    kind: "assign",
                    license: { id: license.id, product: license.product, seatsLeft: license.seats - license.seatsUsed },
                    opener: event.currentTarget,
                  })
                }
              >
                <Icon name="user-plus" />
                {t("assign")}
              </button>
            </li>
          ) : null}
        </ul>
      ),
    },
  );
  return <DataTable caption={caption} captionHidden columns={columns} rows={rows} rowKey={(license) => license.id} empty={t("empty")} />;
}
