import type { ReactNode } from "react";
import { requirePageAccessOr404 } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { BILLING_OVERVIEW, billingSections } from "@/lib/billing/page-data";
import { routes } from "@/lib/routes";
import { BillingNav, type BillingNavItem } from "@/components/billing/billing-nav";

const SECTION_ROUTES = { order: routes.orders, invoice: routes.invoices, quote: routes.quotes, license: routes.licenses } as const;
const SECTION_LABELS = {
  order: "billing.nav.orders",
  invoice: "billing.nav.invoices",
  quote: "billing.nav.quotes",
  license: "billing.nav.licenses",
} as const;

/** The Billing area: its sub-navigation shows only the sections the person may open. */
export default async function BillingLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const access = await requirePageAccessOr404((await params).slug, BILLING_OVERVIEW);
  const { t } = await getTranslator();
  const slug = access.organization.slug;
  const items: BillingNavItem[] = [
    { href: routes.billing(slug), label: t("billing.nav.overview"), exact: true },
    ...billingSections(access).map((section) => ({ href: SECTION_ROUTES[section](slug), label: t(SECTION_LABELS[section]) })),
  ];
  return (
    <div className="flex flex-col gap-5">
      <BillingNav items={items} label={t("billing.nav.label")} />
      {children}
    </div>
  );
}
