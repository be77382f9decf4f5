import type { Metadata } from "next";
import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { db } from "@/lib/db/prisma";
import { getTranslator } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";
import { listWebhookDeliveries, listWebhookEndpoints } from "@/lib/webhooks/list-endpoints";
import { webhookEndpointIdSchema } from "@/lib/webhooks/schemas";
import { WEBHOOK_DELIVERY_RETENTION_DAYS } from "@/lib/webhooks/prune-deliveries";
import { ClientMessages } from "@/components/client-messages";
import { CreateWebhookForm } from "@/components/webhooks/create-webhook-form";
import { createWebhookFormWords } from "@/components/webhooks/create-webhook-form.words";
import { WebhookEndpointsTable } from "@/components/webhooks/webhook-endpoints-table";
import { webhookEndpointsTableWords } from "@/components/webhooks/webhook-endpoints-table.words";
import { WebhookDeliveriesTable } from "@/components/webhooks/webhook-deliveries-table";
import { webhookDeliveriesTableWords } from "@/components/webhooks/webhook-deliveries-table.words";
import { words } from "@/lib/i18n/pick-messages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("webhooks.title") };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

export default async function WebhooksPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const access = await requirePageAccess(slug, "webhooks.manage");
  // ?endpoint=<id> opens that endpoint's delivery log under the list; anything else shows none.
  const chosen = webhookEndpointIdSchema.safeParse({ endpointId: (await pageSearchParams(searchParams)).endpoint });
  const [{ t }, endpoints, deliveries] = await Promise.all([
    getTranslator(),
    listWebhookEndpoints(db, access),
    chosen.success ? listWebhookDeliveries(db, access, chosen.data.endpointId) : Promise.resolve(null),
  ]);
  const org = access.organization;
  const writable = access.canWrite();
  const logOf = chosen.success ? endpoints.find((endpoint) => endpoint.id === chosen.data.endpointId) : undefined;

  return (
    <ClientMessages namespaces={words(createWebhookFormWords, webhookEndpointsTableWords, webhookDeliveriesTableWords)}>
      <section className="flex flex-col gap-6">
        <div>
          <Link href={routes.settings(org.slug)} className="link inline-flex items-center gap-1 text-sm">
            <Icon name="chevron-left" />
            {t("nav.settings")}
          </Link>
          <h1 className="page-title mt-2">{t("webhooks.title")}</h1>
          <p className="lead mt-2 max-w-3xl">{t("webhooks.intro")}</p>
        </div>

        {writable ? <CreateWebhookForm slug={org.slug} /> : null}

        <WebhookEndpointsTable
          slug={org.slug}
          organization={org.name}
          writable={writable}
          rows={endpoints.map(({ id, url, events, disabledAt, disabledReason, failingSince }) => ({
            id,
            url,
            events,
            disabledAt,
            disabledReason,
            failingSince,
          }))}
        />

        {logOf && deliveries ? (
          <section aria-labelledby="webhook-log-title" className="flex flex-col gap-3">
            <div>
              <h2 id="webhook-log-title" className="section-title break-all">
                {t("webhooks.log.title", { url: logOf.url })}
              </h2>
              <p className="mt-1 text-sm text-muted">{t("webhooks.log.retention", { days: WEBHOOK_DELIVERY_RETENTION_DAYS })}</p>
              <Link href={routes.webhooks(org.slug)} className="link text-sm">
                {t("webhooks.log.back")}
              </Link>
            </div>
            <WebhookDeliveriesTable slug={org.slug} endpointId={logOf.id} url={logOf.url} rows={deliveries} writable={writable} />
          </section>
        ) : null}
      </section>
    </ClientMessages>
  );
}
