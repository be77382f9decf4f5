import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatMoney } from "@/lib/i18n";
import { db } from "@/lib/db/prisma";
import { loadOrderPage } from "@/lib/billing/page-data";
import { orNotFound } from "@/lib/billing/or-not-found";
import { pageTitle } from "@/lib/billing/page-title";
import { StatusBadge, INVOICE_TONES, ORDER_TONES } from "@/components/billing/status-badge";
import { LicensesTable, LICENSE_CLIENT_MESSAGES } from "@/components/billing/licenses-table";
import { ClientMessages } from "@/components/client-messages";
import { NoticeRegion } from "@/components/ui/notice";

type Params = { params: Promise<{ slug: string; orderId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.orders.title") };
}

export default async function OrderPage({ params, searchParams }: Params) {
  const { slug, orderId } = await params;
  const access = await requirePageAccess(slug);
  const [{ t, locale }, order, search] = await Promise.all([getTranslator(), orNotFound(loadOrderPage(db, access, orderId)), searchParams]);
  const base = `/orgs/${access.organization.slug}/billing`;
  const money = (cents: number) => formatMoney(locale, cents, order.currency);
  const canManage = access.canWrite("licenses.manage");
  const placed = typeof search.placed === "string" && order.invoice ? t("billing.placeOrder.placed", { number: order.number, invoice: order.invoice.number }) : null;
  return (
    <ClientMessages namespaces={canManage && order.licenses ? LICENSE_CLIENT_MESSAGES : []}>
      <article aria-labelledby="order-title" className="flex flex-col gap-5">
        <header className="flex flex-col gap-1">
          <Link href={`${base}/orders`} className="text-sm text-brand-700 hover:underline print:hidden">← {t("billing.orders.back")}</Link>
          <div className="flex flex-wrap items-center gap-3">
            <h1 id="order-title" className="text-2xl font-bold">{t("billing.orders.detailTitle", { number: order.number })}</h1>
            <StatusBadge label={t(`billing.orderStatus.${order.status}`)} tone={ORDER_TONES[order.status]} />
          </div>
          <p className="text-sm text-slate-600">
            {t("billing.orders.placedOn", { date: formatDate(locale, order.placedAt, { dateStyle: "long" }) })} · {t(`billing.channel.${order.channel}`)}
            {order.placedBy ? ` · ${t("billing.orders.placedBy")} ${order.placedBy}` : ""}
          </p>
        </header>
        {placed ? <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900 ring-1 ring-green-200">{placed}</p> : <NoticeRegion />}

        <section aria-labelledby="contacts-title" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
          <h2 id="contacts-title" className="text-lg font-semibold">{t("billing.orders.contacts")}</h2>
          <dl className="mt-2 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium text-slate-600">{t("billing.orders.licenseeRole")}</dt>
            <dd>{order.licensee.name} <span className="text-slate-600">({order.licensee.email})</span></dd>
            <dt className="font-medium text-slate-600">{t("billing.orders.billingRole")}</dt>
            <dd>{order.billing.name} <span className="text-slate-600">({order.billing.email})</span></dd>
          </dl>
        </section>

        <section aria-labelledby="lines-title" className="flex flex-col gap-2">
          <h2 id="lines-title" className="text-lg font-semibold">{t("billing.orders.lines")}</h2>
          <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("billing.orders.linesCaption", { number: order.number })}</caption>
              <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("billing.orders.lineColumns.product")}</th>
                  <th scope="col" className="px-3 py-2">{t("billing.orders.lineColumns.plan")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("billing.orders.lineColumns.quantity")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("billing.orders.lineColumns.unitPrice")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("billing.orders.lineColumns.amount")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {order.lines.map((line, i) => (
                  <tr key={i}>
                    <th scope="row" className="px-3 py-2 font-medium">{line.product}</th>
                    <td className="px-3 py-2">{line.plan}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{line.quantity.toLocaleString(locale === "fr" ? "fr-FR" : "en-GB")}</td>
                    <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{money(line.unitPriceCents)}</td>
                    <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{money(line.quantity * line.unitPriceCents)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="border-t border-slate-200 font-semibold">
                  <th scope="row" colSpan={4} className="px-3 py-2 text-right">{t("billing.orders.total")}</th>
                  <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{money(order.totalCents)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </section>

        {order.invoice ? (
          <section aria-labelledby="invoice-title" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <h2 id="invoice-title" className="text-lg font-semibold">{t("billing.orders.invoice")}</h2>
            <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
              <Link href={`${base}/invoices/${order.invoice.id}`} className="font-medium text-brand-700 hover:underline">{t("billing.invoices.detailTitle", { number: order.invoice.number })}</Link>
              <span className="tabular-nums">{money(order.invoice.amountCents)}</span>
              <span>{t("billing.invoices.columns.due")} {formatDate(locale, new Date(order.invoice.dueAt))}</span>
              <StatusBadge label={t(`billing.invoiceStatus.${order.invoice.status}`)} tone={INVOICE_TONES[order.invoice.status]} />
              {order.invoice.overdue ? <StatusBadge label={t("billing.overdue")} tone="red" /> : null}
            </p>
          </section>
        ) : null}

        {order.licenses ? (
          <section aria-labelledby="licenses-title" className="flex flex-col gap-2">
            <h2 id="licenses-title" className="text-lg font-semibold">{t("billing.orders.licenses")}</h2>
            <LicensesTable
              slug={access.organization.slug}
              caption={t("billing.licenses.orderCaption", { number: order.number })}
              canManage={canManage}
              rows={order.licenses.map((l) => ({ ...l, validUntil: l.validUntil ? new Date(l.validUntil) : null, orderId: order.id, orderNumber: order.number, orderVisible: true }))}
              showOrder={false}
            />
          </section>
        ) : null}
      </article>
    </ClientMessages>
  );
}
