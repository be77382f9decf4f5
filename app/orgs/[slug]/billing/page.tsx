import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccessOr404 } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { db } from "@/lib/db/prisma";
import { BILLING_OVERVIEW, billingSections } from "@/lib/billing/page-data";
import { ClientMessages } from "@/components/client-messages";
import { billingDetailsDialogWords } from "@/components/billing/billing-details-dialog.words";
import { NoticeRegion } from "@/components/ui/notice";
import { BillingDetailsDialog } from "@/components/billing/billing-details-dialog";
import { pageTitle } from "@/lib/billing/page-title";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.title") };
}

const SECTIONS = {
  order: { route: routes.orders, label: "billing.nav.orders" },
  invoice: { route: routes.invoices, label: "billing.nav.invoices" },
  quote: { route: routes.quotes, label: "billing.nav.quotes" },
  license: { route: routes.licenses, label: "billing.nav.licenses" },
} as const;

export default async function BillingOverviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const access = await requirePageAccessOr404((await params).slug, BILLING_OVERVIEW);
  const { t } = await getTranslator();
  const showDetails = access.can("billing.view") || access.can("billingDetails.edit");
  const canEdit = access.canWrite("billingDetails.edit");
  const details = showDetails
    ? await db.organization.findUniqueOrThrow({
        where: { id: access.organization.id },
        select: { legalName: true, addressLine1: true, addressLine2: true, postalCode: true, city: true, country: true, vatId: true },
      })
    : null;
  const fields = ["legalName", "addressLine1", "addressLine2", "postalCode", "city", "country", "vatId"] as const;
  return (
    <ClientMessages namespaces={canEdit ? billingDetailsDialogWords : []}>
      <section aria-labelledby="billing-title" className="flex flex-col gap-5">
        <header>
          <h1 id="billing-title" className="page-title">
            {t("billing.title")}
          </h1>
          <p className="lead mt-1">{t("billing.intro", { org: access.organization.name })}</p>
        </header>
        <NoticeRegion />
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {billingSections(access).map((section) => (
            <li key={section}>
              <Link href={SECTIONS[section].route(access.organization.slug)} className="card block p-4 font-semibold hover:bg-hover">
                {t(SECTIONS[section].label)}
              </Link>
            </li>
          ))}
        </ul>
        {details ? (
          <section aria-labelledby="details-title" className="card p-4">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <h2 id="details-title" className="section-title">
                  {t("billing.details.title")}
                </h2>
                <p className="text-sm text-muted">{t("billing.details.intro")}</p>
              </div>
              {canEdit ? <BillingDetailsDialog slug={access.organization.slug} details={details} /> : null}
            </div>
            <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
              {fields.map((field) => (
                <div key={field} className="contents">
                  <dt className="font-medium text-muted">{t(`billing.details.${field}`)}</dt>
                  <dd className="break-words">{details[field] ?? <span className="text-muted">{t("billing.notSet")}</span>}</dd>
                </div>
              ))}
            </dl>
            {!canEdit && !access.canWrite("billing.manage") && access.can("billing.view") ? (
              <p className="mt-3 text-sm text-muted">{t("billing.viewOnly")}</p>
            ) : null}
          </section>
        ) : null}
      </section>
    </ClientMessages>
  );
}
