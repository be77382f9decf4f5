import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatMoney } from "@/lib/i18n";
import { db } from "@/lib/db/prisma";
import { loadInvoicePage } from "@/lib/billing/page-data";
import { orNotFound } from "@/lib/billing/or-not-found";
import { pageTitle } from "@/lib/billing/page-title";
import { routes } from "@/lib/routes";
import { buttonClass } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { NoticeRegion } from "@/components/ui/notice";
import { ClientMessages } from "@/components/client-messages";
import { markPaidDialogWords } from "@/components/billing/mark-paid-dialog.words";
import { InvoiceStatusBadges } from "@/components/billing/status-badge";
import { LineItemsTable } from "@/components/billing/line-items-table";
import { MarkPaidDialog, MarkPaidOpener } from "@/components/billing/mark-paid-dialog";
import { PrintButton } from "@/components/billing/print-button";

type Params = { params: Promise<{ slug: string; invoiceId: string }> };

// Metadata and page share one load per request: the title names the record.
const load = cache(async (slug: string, id: string) => loadInvoicePage(db, await requirePageAccess(slug), id));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, invoiceId } = await params;
  const record = await load(slug, invoiceId).catch(() => null);
  return {
    title: await pageTitle(
      slug,
      record ? "billing.invoices.detailTitle" : "billing.invoices.title",
      record ? { number: record.number } : undefined,
    ),
  };
}

/** The invoice as a document: it prints cleanly (navigation and buttons are left out of print). */
export default async function InvoicePage({ params }: Params) {
  const { slug, invoiceId } = await params;
  const access = await requirePageAccess(slug);
  const [{ t, locale }, invoice] = await Promise.all([getTranslator(), orNotFound(load(slug, invoiceId))]);
  const orgSlug = access.organization.slug;
  const money = (cents: number) => formatMoney(locale, cents, invoice.currency);
  const long = (date: Date) => formatDate(locale, date, { dateStyle: "long" });
  const canPay = invoice.payable && invoice.status === "OPEN" && access.canWrite();
  const org = invoice.organization;
  const address = [
    org.legalName ?? org.name,
    org.addressLine1,
    org.addressLine2,
    [org.postalCode, org.city].filter(Boolean).join(" "),
    org.country,
  ].filter(Boolean);
  return (
    <ClientMessages namespaces={canPay ? markPaidDialogWords : []}>
      <article aria-labelledby="invoice-title" className="flex flex-col gap-5">
        <div data-print="hide" className="flex flex-wrap items-center justify-between gap-3">
          <Link href={routes.invoices(orgSlug)} className="link text-sm">
            ← {t("billing.invoices.back")}
          </Link>
          <div className="flex flex-wrap gap-2">
            <a href={routes.invoicePdf(orgSlug, invoice.id)} download className={buttonClass("secondary")}>
              <Icon name="download" />
              {t("billing.invoices.downloadPdf")}
            </a>
            <PrintButton label={t("billing.invoices.print")} />
            {canPay ? <MarkPaidOpener invoice={{ id: invoice.id, number: invoice.number, amount: money(invoice.amountCents) }} /> : null}
          </div>
        </div>
        <div data-print="hide">
          <NoticeRegion />
        </div>
        <div className="card flex flex-col gap-4 p-6 print:p-0 print:shadow-none print:ring-0">
          <header className="flex flex-wrap items-start justify-between gap-4 border-b border-line pb-4">
            <div>
              <h1 id="invoice-title" className="page-title">
                {t("billing.invoices.detailTitle", { number: invoice.number })}
              </h1>
              <p className="mt-1">
                <InvoiceStatusBadges t={t} status={invoice.status} overdue={invoice.overdue} />
              </p>
            </div>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-muted">{t("billing.invoices.issued")}</dt>
              <dd>{long(invoice.issuedAt)}</dd>
              <dt className="text-muted">{t("billing.invoices.due")}</dt>
              <dd>{long(invoice.dueAt)}</dd>
              <dt className="text-muted">{t("billing.invoices.order")}</dt>
              <dd>
                <Link href={routes.order(orgSlug, invoice.order.id)} className="link print:no-underline">
                  {invoice.order.number}
                </Link>
              </dd>
              {invoice.status === "PAID" && invoice.paidAt ? (
                <>
                  <dt className="text-muted">{t("billing.invoices.paymentDate")}</dt>
                  <dd>{long(invoice.paidAt)}</dd>
                </>
              ) : null}
            </dl>
          </header>
          <div className="grid gap-6 text-sm sm:grid-cols-2">
            <section aria-labelledby="from-title">
              <h2 id="from-title" className="font-semibold">
                {t("billing.invoices.from")}
              </h2>
              <p>{t("billing.invoices.vendor")}</p>
              <p>{t("billing.invoices.vendorAddress")}</p>
            </section>
            <section aria-labelledby="to-title">
              <h2 id="to-title" className="font-semibold">
                {t("billing.invoices.billTo")}
              </h2>
              {address.map((line) => (
                <p key={line}>{line}</p>
              ))}
              {org.vatId ? <p>{t("billing.invoices.vat", { vat: org.vatId })}</p> : null}
              <p>
                {invoice.billingContact.name} ({invoice.billingContact.email})
              </p>
            </section>
          </div>
          <LineItemsTable
            lines={invoice.lines}
            currency={invoice.currency}
            caption={t("billing.orders.linesCaption", { number: invoice.order.number })}
            total={invoice.amountCents}
            totalLabel={t(invoice.status === "PAID" ? "billing.invoices.totalPaid" : "billing.invoices.total")}
          />
        </div>
        {canPay ? <MarkPaidDialog slug={orgSlug} today={new Date().toISOString().slice(0, 10)} /> : null}
      </article>
    </ClientMessages>
  );
}
