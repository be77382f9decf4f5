import type { ReactNode } from "react";
import { canAny, requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n";
import { OrgNav, type NavItem } from "@/components/org-nav";
import { BILLING_AREA, type Capability } from "@/lib/auth/capabilities";

export default async function OrgLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await requirePageAccess(slug);
  const { t, locale } = await getTranslator();
  const base = `/orgs/${access.organization.slug}`;
  const entries: { href: string; label: string; capability: Capability | readonly Capability[] | null }[] = [
    { href: base, label: t("nav.overview"), capability: null },
    { href: `${base}/contacts`, label: t("nav.contacts"), capability: "contacts.view" },
    { href: `${base}/users`, label: t("nav.users"), capability: "users.view" },
    { href: `${base}/workspaces`, label: t("nav.workspaces"), capability: "workspaces.viewAssigned" },
    { href: `${base}/billing`, label: t("nav.billing"), capability: BILLING_AREA },
    { href: `${base}/settings`, label: t("nav.settings"), capability: "org.view" },
  ];
  const items: NavItem[] = entries.filter((e) => !e.capability || canAny(access, e.capability)).map(({ href, label }) => ({ href, label }));
  return (
    <div className="mx-auto max-w-7xl px-4 py-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-500">{access.organization.name}</p>
      {access.organization.subscriptionStatus === "CANCELLED" && access.organization.deletionScheduledAt ? (
        <p role="status" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          {t("org.cancelledBanner", { date: formatDate(locale, access.organization.deletionScheduledAt) })}
        </p>
      ) : null}
      <div className="mt-4 grid gap-6 md:grid-cols-[200px_1fr]">
        <OrgNav items={items} label={t("nav.main")} />
        <main id="main" className="min-w-0">{children}</main>
      </div>
    </div>
  );
}
