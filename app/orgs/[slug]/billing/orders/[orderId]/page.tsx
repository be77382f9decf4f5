import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatMoney } from "@/lib/i18n";
import { db } from "@/lib/db/prisma";
import { loadOrderPage } from "@/lib/billing/page-data";
import { orNotFound } from "@/lib/billing/or-not-found";
import { pageTitle } from "@/lib/billing/page-title";
import { licenseWire } from "@/lib/billing/billing-wire";
import { routes } from "@/lib/routes";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";
import { StatusBadge } from "@/components/ui/status-badge";
import { Person } from "@/components/ui/avatar";
import { InvoiceStatusBadges, ORDER_TONES } from "@/components/billing/status-badge";
import { LicensesTable } from "@/components/billing/billing-tables";
import { LicenseDialogs } from "@/components/billing/license-dialogs";
import { LineItemsTable } from "@/components/billing/line-items-table";
import { ClientMessages } from "@/components/client-messages";
import { licensesTableWords } from "@/components/billing/billing-tables.words";
import { licenseDialogsWords } from "@/components/billing/license-dialogs.words";
import { words } from "@/lib/i18n/pick-messages";
import { NoticeRegion } from "@/components/ui/notice";

type Params = { params: Promise<{ slug: string; orderId: string }>; searchParams: Promise<RawSearchParams> };

// Metadata and page share one load per request: the title names the record.
const load = cache(async (slug: string, id: string) => loadOrderPage(db, await requirePageAccess(slug), id));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, orderId } = await params;
  const record = await load(slug, orderId).catch(() => null);
  return {
    title: await pageTitle(
      slug,
      record ? "billing.orders.detailTitle" : "billing.orders.title",
      record ? { number: record.number } : undefined,
    ),
  };
}

export default async function OrderPage({ params, searchParams }: Params) {
  const { slug, orderId } = await params;
  const access = await requirePageAccess(slug);
  const [{ t, locale }, order, search] = await Promise.all([
    getTranslator(),
    orNotFound(load(slug, orderId)),
    pageSearchParams(searchParams),
  ]);
  const orgSlug = access.organization.slug;
  const canManage = access.canWrite("licenses.manage") && !!order.licenses;
  const placed =
    search.placed !== undefined && order.invoice
      ? t("billing.placeOrder.placed", { number: order.number, invoice: order.invoice.number })
      : null;
  return (
    <ClientMessages namespaces={order.licenses ? words(licensesTableWords, canManage && licenseDialogsWords) : []}>
      <article aria-labelledby="order-title" className="flex flex-col gap-5">
        <header className="flex flex-col gap-1">
          <Link href={routes.orders(orgSlug)} className="link text-sm print:hidden">
            ← {t("billing.orders.back")}
          </Link>
          <div className="flex flex-wrap items-center gap-3">
            <h1 id="order-title" className="page-title">
              {t("billing.orders.detailTitle", { number: order.number })}
            </h1>
            <StatusBadge tone={ORDER_TONES[order.status]} label={t(`billing.orderStatus.${order.status}`)} />
          </div>
          <p className="lead">
            {t("billing.orders.placedOn", { date: formatDate(locale, order.placedAt, { dateStyle: "long" }) })} ·{" "}
            {t(`billing.channel.${order.channel}`)}
            {order.placedBy ? ` · ${t("billing.orders.placedBy")} ${order.placedBy}` : ""}
          </p>
        </header>
        {placed ? (
          <p role="status" className="notice-ok">
            {placed}
          </p>
        ) : (
          <NoticeRegion />
        )}

        <section aria-labelledby="contacts-title" className="card p-4">
          <h2 id="contacts-title" className="section-title">
            {t("billing.orders.contacts")}
          </h2>
          <dl className="mt-2 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="text-muted">{t("billing.orders.licenseeRole")}</dt>
            <dd>
              <Person name={order.licensee.name} /> <span className="text-muted">{order.licensee.email}</span>
            </dd>
            <dt className="text-muted">{t("billing.orders.billingRole")}</dt>
            <dd>
              <Person name={order.billing.name} /> <span className="text-muted">{order.billing.email}</span>
            </dd>
          </dl>
        </section>

        <section aria-labelledby="lines-title" className="flex flex-col gap-2">
          <h2 id="lines-title" className="section-title">
            {t("billing.orders.lines")}
          </h2>
          <LineItemsTable
            lines={order.lines}
            currency={order.currency}
            caption={t("billing.orders.linesCaption", { number: order.number })}
            total={order.totalCents}
            totalLabel={t("billing.orders.total")}
          />
        </section>

        {order.invoice ? (
          <section aria-labelledby="invoice-title" className="card p-4">
            <h2 id="invoice-title" className="section-title">
              {t("billing.orders.invoice")}
            </h2>
            <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
              <Link href={routes.invoice(orgSlug, order.invoice.id)} className="link">
                {t("billing.invoices.detailTitle", { number: order.invoice.number })}
              </Link>
              <span className="tabular-nums">{formatMoney(locale, order.invoice.amountCents, order.currency)}</span>
              <span>
                {t("billing.invoices.columns.due")} {formatDate(locale, new Date(order.invoice.dueAt))}
              </span>
              <span>
                <InvoiceStatusBadges t={t} status={order.invoice.status} overdue={order.invoice.overdue} />
              </span>
            </p>
          </section>
        ) : null}

        {order.licenses ? (
          <section aria-labelledby="licenses-title" className="flex flex-col gap-2">
            <h2 id="licenses-title" className="section-title">
              {t("billing.orders.licenses")}
            </h2>
            <LicensesTable
              slug={orgSlug}
              caption={t("billing.licenses.orderCaption", { number: order.number })}
              canManage={canManage}
              rows={order.licenses.map((l) =>
                licenseWire(
                  {
                    ...l,
                    validUntil: l.validUntil ? new Date(l.validUntil) : null,
                    orderId: order.id,
                    orderNumber: order.number,
                    orderVisible: true,
                  },
                  locale,
                ),
              )}
              showOrder={false}
            />
            {canManage ? <LicenseDialogs slug={orgSlug} /> : null}
          </section>
        ) : null}
      </article>
    </ClientMessages>
  );
}
