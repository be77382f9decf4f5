import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatMoney } from "@/lib/i18n";
import { db } from "@/lib/db/prisma";
import { orNotFound } from "@/lib/billing/or-not-found";
import { loadOrdersPage } from "@/lib/billing/page-data";
import { ORDER_CHANNELS, orderListQuerySchema } from "@/lib/billing/schemas";
import { pageTitle } from "@/lib/billing/page-title";
import type { OrderRow } from "@/lib/billing/list-orders";
import { buttonClass } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { Person } from "@/components/ui/avatar";
import { StatusBadge } from "@/components/ui/status-badge";
import type { Column } from "@/components/ui/data-table";
import { BillingList, SelectFilter, listHref } from "@/components/billing/billing-list";
import { ORDER_TONES } from "@/components/billing/status-badge";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.orders.title") };
}

export default async function OrdersPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const access = await requirePageAccess((await params).slug);
  const query = orderListQuerySchema.parse(await searchParams);
  const [{ t, locale }, page] = await Promise.all([getTranslator(), orNotFound(loadOrdersPage(db, access, query))]);
  const base = `/orgs/${access.organization.slug}/billing/orders`;
  const columns: Column<OrderRow>[] = [
    { key: "number", header: t("billing.orders.columns.number"), rowHeader: true, cell: (o) => <Link href={`${base}/${o.id}`} className="link">{o.number}</Link> },
    { key: "date", header: t("billing.orders.columns.date"), cell: (o) => formatDate(locale, o.placedAt) },
    { key: "channel", header: t("billing.orders.columns.channel"), cell: (o) => t(`billing.channel.${o.channel}`) },
    { key: "licensee", header: t("billing.orders.columns.licensee"), cell: (o) => <Person name={o.licensee.name} /> },
    { key: "billing", header: t("billing.orders.columns.billing"), cell: (o) => <Person name={o.billing.name} /> },
    { key: "total", header: t("billing.orders.columns.total"), className: "num", cell: (o) => formatMoney(locale, o.totalCents, o.currency) },
    { key: "status", header: t("billing.orders.columns.status"), cell: (o) => <StatusBadge tone={ORDER_TONES[o.status]} label={t(`billing.orderStatus.${o.status}`)} /> },
  ];
  return (
    <BillingList
      title={t("billing.orders.title")}
      actions={access.canWrite("billing.manage") ? (
        <Link href={`${base}/new`} className={buttonClass("primary")}><Icon name="plus" />{t("billing.orders.place")}</Link>
      ) : null}
      filter={<SelectFilter action={base} name="channel" label={t("billing.orders.channelFilter")} value={query.channel}
        options={ORDER_CHANNELS.map((channel) => ({ value: channel, label: t(`billing.channel.${channel}`) }))} />}
      page={page}
      caption={t("billing.orders.caption", { org: access.organization.name })}
      columns={columns}
      rowKey={(o) => o.id}
      empty={t("billing.orders.empty")}
      hrefFor={(n) => listHref(base, { channel: query.channel, size: query.size, page: n })}
    />
  );
}
