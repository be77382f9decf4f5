import type { Metadata } from "next";
import Link from "next/link";
import { Plus } from "lucide-react";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatMoney } from "@/lib/i18n";
import { db } from "@/lib/db/prisma";
import { orNotFound } from "@/lib/billing/or-not-found";
import { loadOrdersPage } from "@/lib/billing/page-data";
import { ORDER_CHANNELS, orderListQuerySchema } from "@/lib/billing/schemas";
import { pageTitle } from "@/lib/billing/page-title";
import { buttonClass } from "@/components/ui/button";
import { GetForm } from "@/components/ui/get-form";
import { StatusBadge, ORDER_TONES } from "@/components/billing/status-badge";
import { ListPagination, ResultCount, listHref } from "@/components/billing/list-pagination";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.orders.title") };
}

export default async function OrdersPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const access = await requirePageAccess((await params).slug);
  const query = orderListQuerySchema.parse(await searchParams);
  const [{ t, locale }, page] = await Promise.all([getTranslator(), orNotFound(loadOrdersPage(db, access, query))]);
  const base = `/orgs/${access.organization.slug}/billing/orders`;
  const canPlace = access.canWrite("billing.manage");
  return (
    <section aria-labelledby="orders-title" className="flex flex-col gap-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <h1 id="orders-title" className="text-2xl font-bold">{t("billing.orders.title")}</h1>
        {canPlace ? (
          <Link href={`${base}/new`} className={buttonClass("primary")}>
            <Plus aria-hidden="true" className="size-4" />
            {t("billing.orders.place")}
          </Link>
        ) : null}
      </header>
      <GetForm action={base} className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
          {t("billing.orders.channelFilter")}
          <select name="channel" defaultValue={query.channel ?? ""} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            <option value="">{t("billing.any")}</option>
            {ORDER_CHANNELS.map((channel) => <option key={channel} value={channel}>{t(`billing.channel.${channel}`)}</option>)}
          </select>
        </label>
        <button type="submit" className={buttonClass("secondary")}>{t("billing.apply")}</button>
      </GetForm>
      <ResultCount info={page} />
      <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("billing.orders.caption", { org: access.organization.name })}</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">{t("billing.orders.columns.number")}</th>
              <th scope="col" className="px-3 py-2">{t("billing.orders.columns.date")}</th>
              <th scope="col" className="px-3 py-2">{t("billing.orders.columns.channel")}</th>
              <th scope="col" className="px-3 py-2">{t("billing.orders.columns.licensee")}</th>
              <th scope="col" className="px-3 py-2">{t("billing.orders.columns.billing")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("billing.orders.columns.total")}</th>
              <th scope="col" className="px-3 py-2">{t("billing.orders.columns.status")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {page.rows.length === 0 ? (
              <tr><td colSpan={7} className="px-3 py-6 text-center text-slate-600">{t("billing.orders.empty")}</td></tr>
            ) : page.rows.map((order) => (
              <tr key={order.id}>
                <th scope="row" className="whitespace-nowrap px-3 py-2 font-medium">
                  <Link href={`${base}/${order.id}`} className="text-brand-700 hover:underline">{order.number}</Link>
                </th>
                <td className="whitespace-nowrap px-3 py-2">{formatDate(locale, order.placedAt)}</td>
                <td className="whitespace-nowrap px-3 py-2">{t(`billing.channel.${order.channel}`)}</td>
                <td className="max-w-56 truncate px-3 py-2" title={order.licensee.email}>{order.licensee.name}</td>
                <td className="max-w-56 truncate px-3 py-2" title={order.billing.email}>{order.billing.name}</td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatMoney(locale, order.totalCents, order.currency)}</td>
                <td className="px-3 py-2"><StatusBadge label={t(`billing.orderStatus.${order.status}`)} tone={ORDER_TONES[order.status]} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ListPagination info={page} hasNext={page.hasNext} hrefFor={(n) => listHref(base, { channel: query.channel, size: query.size, page: n })} />
    </section>
  );
}
