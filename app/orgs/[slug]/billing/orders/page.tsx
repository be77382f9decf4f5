import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatMoney } from "@/lib/i18n";
import { db } from "@/lib/db/prisma";
import { orNotFound } from "@/lib/billing/or-not-found";
import { loadOrdersPage } from "@/lib/billing/page-data";
import { ORDER_CHANNELS, orderListQuerySchema } from "@/lib/billing/schemas";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";
import { pageTitle } from "@/lib/billing/page-title";
import { buttonClass } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { ClientMessages } from "@/components/client-messages";
import { BillingList, SelectFilter, listHref } from "@/components/billing/billing-list";
import { OrdersTable } from "@/components/billing/billing-tables";
import type { OrderWire } from "@/components/billing/wires";
import { BILLING_TABLE_MESSAGES } from "@/components/billing/table-messages";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.orders.title") };
}

export default async function OrdersPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> }) {
  const access = await requirePageAccess((await params).slug);
  const query = orderListQuerySchema.parse(await pageSearchParams(searchParams));
  const [{ t, locale }, page] = await Promise.all([getTranslator(), orNotFound(loadOrdersPage(db, access, query))]);
  const base = `/orgs/${access.organization.slug}/billing/orders`;
  const rows = page.rows.map((o): OrderWire => [o.id, o.number, formatDate(locale, o.placedAt), o.channel, o.licensee.name, o.billing.name, formatMoney(locale, o.totalCents, o.currency), o.status]);
  return (
    <ClientMessages namespaces={BILLING_TABLE_MESSAGES.orders}>
    <BillingList
      title={t("billing.orders.title")}
      actions={access.canWrite("billing.manage") ? (
        <Link href={`${base}/new`} className={buttonClass("primary")}><Icon name="plus" />{t("billing.orders.place")}</Link>
      ) : null}
      filter={<SelectFilter action={base} name="channel" label={t("billing.orders.channelFilter")} value={query.channel}
        options={ORDER_CHANNELS.map((channel) => ({ value: channel, label: t(`billing.channel.${channel}`) }))} />}
      page={page}
      hrefFor={(n) => listHref(base, { channel: query.channel, size: query.size, page: n })}
    >
      <OrdersTable organization={access.organization.name} rows={rows} />
    </BillingList>
    </ClientMessages>
  );
}
