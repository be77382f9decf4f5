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
import { buttonClass } from "@/components/ui/button";
import { GetForm } from "@/components/ui/get-form";
import { StatusBadge, INVOICE_TONES } from "@/components/billing/status-badge";
import { ListPagination, ResultCount, listHref } from "@/components/billing/list-pagination";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.invoices.title") };
}

export default async function InvoicesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const access = await requirePageAccess((await params).slug);
  const query = invoiceListQuerySchema.parse(await searchParams);
  const [{ t, locale }, page] = await Promise.all([getTranslator(), orNotFound(loadInvoicesPage(db, access, query))]);
  const base = `/orgs/${access.organization.slug}/billing`;
  return (
    <section aria-labelledby="invoices-title" className="flex flex-col gap-4">
      <h1 id="invoices-title" className="text-2xl font-bold">{t("billing.invoices.title")}</h1>
      <GetForm action={`${base}/invoices`} className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
          {t("billing.invoices.statusFilter")}
          <select name="status" defaultValue={query.status ?? ""} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            <option value="">{t("billing.any")}</option>
            {INVOICE_FILTERS.map((status) => <option key={status} value={status}>{t(`billing.invoiceStatus.${status}`)}</option>)}
          </select>
        </label>
        <button type="submit" className={buttonClass("secondary")}>{t("billing.apply")}</button>
      </GetForm>
      <ResultCount info={page} />
      <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("billing.invoices.caption", { org: access.organization.name })}</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">{t("billing.invoices.columns.number")}</th>
              <th scope="col" className="px-3 py-2">{t("billing.invoices.columns.order")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("billing.invoices.columns.amount")}</th>
              <th scope="col" className="px-3 py-2">{t("billing.invoices.columns.issued")}</th>
              <th scope="col" className="px-3 py-2">{t("billing.invoices.columns.due")}</th>
              <th scope="col" className="px-3 py-2">{t("billing.invoices.columns.status")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {page.rows.length === 0 ? (
              <tr><td colSpan={6} className="px-3 py-6 text-center text-slate-600">{t("billing.invoices.empty")}</td></tr>
            ) : page.rows.map((invoice) => (
              <tr key={invoice.id}>
                <th scope="row" className="whitespace-nowrap px-3 py-2 font-medium">
                  <Link href={`${base}/invoices/${invoice.id}`} className="text-brand-700 hover:underline">{invoice.number}</Link>
                </th>
                <td className="whitespace-nowrap px-3 py-2">
                  <Link href={`${base}/orders/${invoice.orderId}`} className="text-brand-700 hover:underline">{invoice.orderNumber}</Link>
                </td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatMoney(locale, invoice.amountCents, invoice.currency)}</td>
                <td className="whitespace-nowrap px-3 py-2">{formatDate(locale, invoice.issuedAt)}</td>
                <td className="whitespace-nowrap px-3 py-2">{formatDate(locale, invoice.dueAt)}</td>
                <td className="px-3 py-2">
                  <span className="flex flex-wrap gap-1">
                    <StatusBadge label={t(`billing.invoiceStatus.${invoice.status}`)} tone={INVOICE_TONES[invoice.status]} />
                    {invoice.overdue ? <StatusBadge label={t("billing.overdue")} tone="red" /> : null}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ListPagination info={page} hasNext={page.hasNext} hrefFor={(n) => listHref(`${base}/invoices`, { status: query.status, size: query.size, page: n })} />
    </section>
  );
}
