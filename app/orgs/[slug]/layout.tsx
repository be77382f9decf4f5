import type { Metadata } from "next";
import type { ReactNode } from "react";
import { canAny, requirePageAccess } from "@/lib/auth/page-guard";
import { getOrgAccess } from "@/lib/auth/request-context";
import { getTranslator } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { formatDate } from "@/lib/i18n";
import { OrgNav, type NavItem, type NavKey } from "@/components/org-nav";
import { ClientMessages } from "@/components/client-messages";
import { orgNavWords } from "@/components/org-nav.words";
import { BILLING_AREA, type Capability } from "@/lib/auth/capabilities";
import { CancelledBanner } from "@/components/subscription/cancelled-banner";

type Params = { params: Promise<{ slug: string }> };

/**
 * Every page of the organization is titled "Page — Organization — Roster": the pages give
 * their own name, this template adds the rest. The access comes from the request's cached
 * statement (lib/auth/request-context.ts): no query of its own.
 */
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { access } = await getOrgAccess((await params).slug);
  if (!access) return {};
  const { t } = await getTranslator();
  const organization = access.organization.name;
  return {
    title: {
      default: t("ui.titles.organization", { organization }),
      template: t("ui.titles.inOrganization", { page: "%s", organization }),
    },
  };
}

const ENTRIES: { route: (slug: string) => string; key: NavKey; capability: Capability | readonly Capability[] | null }[] = [
  { route: routes.organization, key: "overview", capability: null },
  { route: routes.contacts, key: "contacts", capability: "contacts.view" },
  { route: routes.users, key: "users", capability: "users.view" },
  { route: routes.workspaces, key: "workspaces", capability: "workspaces.viewAssigned" },
  { route: routes.billing, key: "billing", capability: BILLING_AREA },
  { route: routes.settings, key: "settings", capability: "org.view" },
];

export default async function OrgLayout({ children, params }: { children: ReactNode } & Params) {
  const { slug } = await params;
  const access = await requirePageAccess(slug);
  const { locale } = await getTranslator();
  const items: NavItem[] = ENTRIES.filter((e) => !e.capability || canAny(access, e.capability)).map(({ route, key }) => ({
    href: route(access.organization.slug),
    key,
  }));
  return (
    <div className="mx-auto max-w-7xl px-4 py-6">
      {access.organization.subscriptionStatus === "CANCELLED" && access.organization.deletionScheduledAt ? (
        <CancelledBanner
          slug={access.organization.slug}
          date={formatDate(locale, access.organization.deletionScheduledAt, { dateStyle: "long" })}
          canReactivate={access.can("subscription.cancel")}
        />
      ) : null}
      <div className="mt-4 grid gap-6 first:mt-0 md:grid-cols-[12rem_minmax(0,1fr)]">
        <ClientMessages namespaces={orgNavWords}>
          <OrgNav items={items} organization={access.organization.name} />
        </ClientMessages>
        <main id="main" className="min-w-0">
          {children}
        </main>
      </div>
    </div>
  );
}
