import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { db } from "@/lib/db/prisma";
import { loadCatalog } from "@/lib/billing/catalog";
import { requireBillingOverview } from "@/lib/billing/page-data";
import { orNotFound } from "@/lib/billing/or-not-found";
import { pageTitle } from "@/lib/billing/page-title";
import { routes } from "@/lib/routes";
import { ClientMessages } from "@/components/client-messages";
import { placeOrderFormWords } from "@/components/billing/place-order-form.words";
import { PlaceOrderForm } from "@/components/billing/place-order-form";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.placeOrder.title") };
}

export default async function PlaceOrderPage({ params }: { params: Promise<{ slug: string }> }) {
  const access = await requirePageAccess((await params).slug);
  await orNotFound(requireBillingOverview(access));
  if (!access.canWrite("billing.manage")) forbidden();
  const [{ t }, catalog] = await Promise.all([getTranslator(), loadCatalog(db)]);
  return (
    <ClientMessages namespaces={placeOrderFormWords}>
      <section aria-labelledby="place-title" className="flex max-w-4xl flex-col gap-4">
        <header>
          <Link href={routes.orders(access.organization.slug)} className="link text-sm">
            ← {t("billing.orders.back")}
          </Link>
          <h1 id="place-title" className="page-title mt-1">
            {t("billing.placeOrder.title")}
          </h1>
          <p className="lead mt-1">{t("billing.placeOrder.intro")}</p>
        </header>
        <PlaceOrderForm slug={access.organization.slug} catalog={catalog} />
      </section>
    </ClientMessages>
  );
}
