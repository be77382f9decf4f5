import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatMoney } from "@/lib/i18n";
import { db } from "@/lib/db/prisma";
import { loadInvoicesPage } from "@/lib/billing/page-data";
import { orNotFound } from "@/lib/billing/or-not-found";
import { INVOICE_FILTERS, invoiceListQuerySchema } from "@/lib/billing/schemas";
import { pageTitle } from "@/lib/billing/page-title";
import type { InvoiceRow } from "@/lib/billing/list-invoices";
import type { Column } from "@/components/ui/data-table";
import { ClientMessages } from "@/components/client-messages";
import { BillingList, SelectFilter, listHref } from "@/components/billing/billing-list";
import { InvoiceStatusBadges } from "@/components/billing/status-badge";
import { MarkPaidDialog, MarkPaidOpener } from "@/components/billing/mark-paid-dialog";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.invoices.title") };
}

export default async function InvoicesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const access = await requirePageAccess((await params).slug);
  const query = invoiceListQuerySchema.parse(await searchParams);
  const [{ t, locale }, page] = await Promise.all([getTranslator(), orNotFound(loadInvoicesPage(db, access, query))]);
  const base = `/orgs/${access.organization.slug}/billing`;
  // Rows the viewer may pay get a compact "Mark as paid"; the dialog exists once, below the list.
  const canPay = page.rows.some((row) => row.payable);
  const columns: Column<InvoiceRow>[] = [
    { key: "number", header: t("billing.invoices.columns.number"), rowHeader: true, cell: (i) => <Link href={`${base}/invoices/${i.id}`} className="link">{i.number}</Link> },
    { key: "order", header: t("billing.invoices.columns.order"), cell: (i) => <Link href={`${base}/orders/${i.orderId}`} className="link">{i.orderNumber}</Link> },
    { key: "amount", header: t("billing.invoices.columns.amount"), className: "num", cell: (i) => formatMoney(locale, i.amountCents, i.currency) },
    { key: "issued", header: t("billing.invoices.columns.issued"), cell: (i) => formatDate(locale, i.issuedAt) },
    { key: "due", header: t("billing.invoices.columns.due"), cell: (i) => formatDate(locale, i.dueAt) },
    { key: "status", header: t("billing.invoices.columns.status"), cell: (i) => <InvoiceStatusBadges t={t} status={i.status} overdue={i.overdue} /> },
  ];
  if (canPay) {
    columns.push({
      key: "actions", header: t("billing.actions"), headerHidden: true, className: "end",
      cell: (i) => (i.payable ? <MarkPaidOpener compact invoice={[i.id, i.number, formatMoney(locale, i.amountCents, i.currency)]} /> : null),
    });
  }
  return (
    <ClientMessages namespaces={canPay ? ["billing.invoices", "billing.errors", "common.cancel", "common.close"] : []}>
      <BillingList
        title={t("billing.invoices.title")}
        filter={<SelectFilter action={`${base}/invoices`} name="status" label={t("billing.invoices.statusFilter")} value={query.status}
          options={INVOICE_FILTERS.map((status) => ({ value: status, label: t(`billing.invoiceStatus.${status}`) }))} />}
        page={page}
        caption={t("billing.invoices.caption", { org: access.organization.name })}
        columns={columns}
        rowKey={(i) => i.id}
        empty={t("billing.invoices.empty")}
        hrefFor={(n) => listHref(`${base}/invoices`, { status: query.status, size: query.size, page: n })}
      >
        {canPay ? <MarkPaidDialog slug={access.organization.slug} today={new Date().toISOString().slice(0, 10)} /> : null}
      </BillingList>
    </ClientMessages>
  );
}
