import type { Metadata } from "next";
import Link from "next/link";
import { Download } from "lucide-react";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatMoney } from "@/lib/i18n";
import { db } from "@/lib/db/prisma";
import { loadInvoicePage } from "@/lib/billing/page-data";
import { orNotFound } from "@/lib/billing/or-not-found";
import { pageTitle } from "@/lib/billing/page-title";
import { buttonClass } from "@/components/ui/button";
import { NoticeRegion } from "@/components/ui/notice";
import { ClientMessages } from "@/components/client-messages";
import { StatusBadge, INVOICE_TONES } from "@/components/billing/status-badge";
import { MarkPaidButton } from "@/components/billing/mark-paid-button";
import { PrintButton } from "@/components/billing/print-button";

type Params = { params: Promise<{ slug: string; invoiceId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.invoices.title") };
}

/** The invoice as a document: it prints cleanly (navigation and buttons are left out of print). */
export default async function InvoicePage({ params }: Params) {
  const { slug, invoiceId } = await params;
  const access = await requirePageAccess(slug);
  const [{ t, locale }, invoice] = await Promise.all([getTranslator(), orNotFound(loadInvoicePage(db, access, invoiceId))]);
  const base = `/orgs/${access.organization.slug}/billing`;
  const money = (cents: number) => formatMoney(locale, cents, invoice.currency);
  const long = (date: Date) => formatDate(locale, date, { dateStyle: "long" });
  const canPay = invoice.payable && invoice.status === "OPEN" && access.canWrite();
  const org = invoice.organization;
  const address = [org.legalName ?? org.name, org.addressLine1, org.addressLine2, [org.postalCode, org.city].filter(Boolean).join(" "), org.country].filter(Boolean);
  return (
    <ClientMessages namespaces={["billing.invoices", "common.cancel", "common.close", ...(canPay ? (["billing.errors"] as const) : [])]}>
      <article aria-labelledby="invoice-title" className="flex flex-col gap-5">
        <div data-print="hide" className="flex flex-wrap items-center justify-between gap-3">
          <Link href={`${base}/invoices`} className="text-sm text-brand-700 hover:underline">← {t("billing.invoices.back")}</Link>
          <div className="flex flex-wrap gap-2">
            <a href={`${base}/invoices/${invoice.id}/pdf`} download className={buttonClass("secondary")}>
              <Download aria-hidden="true" className="size-4" />
              {t("billing.invoices.downloadPdf")}
            </a>
            <PrintButton />
            {canPay ? (
              <MarkPaidButton slug={access.organization.slug} invoiceId={invoice.id} number={invoice.number} amount={money(invoice.amountCents)} today={new Date().toISOString().slice(0, 10)} />
            ) : null}
          </div>
        </div>
        <div data-print="hide"><NoticeRegion /></div>
        <div className="rounded-lg bg-white p-6 ring-1 ring-slate-200 print:p-0 print:ring-0">
          <header className="flex flex-wrap items-start justify-between gap-4 border-b border-slate-200 pb-4">
            <div>
              <h1 id="invoice-title" className="text-2xl font-bold">{t("billing.invoices.detailTitle", { number: invoice.number })}</h1>
              <p className="mt-1 flex flex-wrap gap-1">
                <StatusBadge label={t(`billing.invoiceStatus.${invoice.status}`)} tone={INVOICE_TONES[invoice.status]} />
                {invoice.overdue ? <StatusBadge label={t("billing.overdue")} tone="red" /> : null}
              </p>
            </div>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="font-medium text-slate-600">{t("billing.invoices.issued")}</dt>
              <dd>{long(invoice.issuedAt)}</dd>
              <dt className="font-medium text-slate-600">{t("billing.invoices.due")}</dt>
              <dd>{long(invoice.dueAt)}</dd>
              <dt className="font-medium text-slate-600">{t("billing.invoices.order")}</dt>
              <dd><Link href={`${base}/orders/${invoice.order.id}`} className="text-brand-700 hover:underline print:text-inherit print:no-underline">{invoice.order.number}</Link></dd>
              {invoice.status === "PAID" && invoice.paidAt ? (<><dt className="font-medium text-slate-600">{t("billing.invoices.paymentDate")}</dt><dd>{long(invoice.paidAt)}</dd></>) : null}
            </dl>
          </header>
          <div className="grid gap-6 py-4 text-sm sm:grid-cols-2">
            <section aria-labelledby="from-title">
              <h2 id="from-title" className="font-semibold">{t("billing.invoices.from")}</h2>
              <p>{t("billing.invoices.vendor")}</p>
              <p>{t("billing.invoices.vendorAddress")}</p>
            </section>
            <section aria-labelledby="to-title">
              <h2 id="to-title" className="font-semibold">{t("billing.invoices.billTo")}</h2>
              {address.map((line) => <p key={line}>{line}</p>)}
              {org.vatId ? <p>{t("billing.invoices.vat", { vat: org.vatId })}</p> : null}
              <p className="break-words">{invoice.billingContact.name} ({invoice.billingContact.email})</p>
            </section>
          </div>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("billing.orders.linesCaption", { number: invoice.order.number })}</caption>
              <thead className="border-b border-slate-300 text-xs uppercase tracking-wide text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-3">{t("billing.orders.lineColumns.product")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("billing.orders.lineColumns.quantity")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("billing.orders.lineColumns.unitPrice")}</th>
                  <th scope="col" className="py-2 pl-3 text-right">{t("billing.orders.lineColumns.amount")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {invoice.lines.map((line, i) => (
                  <tr key={i}>
                    <th scope="row" className="py-2 pr-3 font-medium">{line.product} {line.plan}</th>
                    <td className="px-3 py-2 text-right tabular-nums">{line.quantity.toLocaleString(locale === "fr" ? "fr-FR" : "en-GB")}</td>
                    <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{money(line.unitPriceCents)}</td>
                    <td className="whitespace-nowrap py-2 pl-3 text-right tabular-nums">{money(line.quantity * line.unitPriceCents)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="border-t border-slate-300 text-base font-semibold">
                  <th scope="row" colSpan={3} className="py-2 pr-3 text-right">{t(invoice.status === "PAID" ? "billing.invoices.totalPaid" : "billing.invoices.total")}</th>
                  <td className="whitespace-nowrap py-2 pl-3 text-right tabular-nums">{money(invoice.amountCents)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </div>
      </article>
    </ClientMessages>
  );
}
