import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { db } from "@/lib/db/prisma";
import { orNotFound } from "@/lib/billing/or-not-found";
import { loadOrdersPage } from "@/lib/billing/page-data";
import { ORDER_CHANNELS, orderListQuerySchema } from "@/lib/billing/schemas";
import { orderWire } from "@/lib/billing/billing-wire";
import { routes } from "@/lib/routes";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";
import { pageTitle } from "@/lib/billing/page-title";
import { buttonClass } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { ClientMessages } from "@/components/client-messages";
import { ordersTableWords } from "@/components/billing/billing-tables.words";
import { BillingList, SelectFilter } from "@/components/billing/billing-list";
import { OrdersTable } from "@/components/billing/billing-tables";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.orders.title") };
}

export default async function OrdersPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const access = await requirePageAccess((await params).slug);
  const query = orderListQuerySchema.parse(await pageSearchParams(searchParams));
  const [{ t, locale }, page] = await Promise.all([getTranslator(), orNotFound(loadOrdersPage(db, access, query))]);
  const slug = access.organization.slug;
  return (
    <ClientMessages namespaces={ordersTableWords}>
      <BillingList
        title={t("billing.orders.title")}
        actions={
          access.canWrite("billing.manage") ? (
            <Link href={routes.newOrder(slug)} className={buttonClass("primary")}>
              <Icon name="plus" />
              {t("billing.orders.place")}
            </Link>
          ) : null
        }
        filter={
          <SelectFilter
            action={routes.orders(slug)}
            name="channel"
            label={t("billing.orders.channelFilter")}
            value={query.channel}
            options={ORDER_CHANNELS.map((channel) => ({ value: channel, label: t(`billing.channel.${channel}`) }))}
          />
        }
        page={page}
        hrefFor={(n) => routes.orders(slug, { channel: query.channel, size: query.size, page: n })}
      >
        <OrdersTable slug={slug} organization={access.organization.name} rows={page.rows.map((row) => orderWire(row, locale))} />
      </BillingList>
    </ClientMessages>
  );
}
