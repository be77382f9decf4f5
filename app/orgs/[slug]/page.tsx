// The organization's first page (SPEC §4 "Overview"): what an admin needs on arrival, each
// figure linking to its list, and only the figures of lists the person may open. Two SQL
// statements: the request's access, and the figures (lib/orgs/overview-figures.ts).
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getOrgAccess } from "@/lib/auth/request-context";
import { getTranslator } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { db } from "@/lib/db/prisma";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import { loadOverviewFigures, type Figure } from "@/lib/orgs/overview-figures";
import { COUNT_CAP } from "@/lib/pagination/total";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const [{ t }, { access }] = await Promise.all([getTranslator(), getOrgAccess((await params).slug)]);
  // The organization layout's template names only the pages below it, not this one beside it.
  const page = t("overview.title");
  return {
    title: {
      absolute: access ? t("ui.titles.inOrganization", { page, organization: access.organization.name }) : t("ui.titles.page", { page }),
    },
  };
}

export default async function OrgOverviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const access = await requirePageAccess((await params).slug);
  const [{ t, locale }, figures] = await Promise.all([getTranslator(), loadOverviewFigures(db, access)]);
  const slug = access.organization.slug;
  const number = (count: Figure) =>
    count > COUNT_CAP ? t("overview.atLeast", { count: COUNT_CAP.toLocaleString(locale) }) : count.toLocaleString(locale);
  const name = access.organization.name;
  const cards: ReactNode[] = [];

  if (figures.users !== undefined && figures.pendingUsers !== undefined) {
    cards.push(
      <Card key="people" title={t("overview.people.title")} icon={<Icon name="users" />}>
        <Stat href={routes.users(slug)} value={number(figures.users)} label={t("overview.people.users")} />
        <Stat
          href={routes.users(slug)}
          value={number(figures.pendingUsers)}
          label={t("overview.people.pendingUsers")}
          tone={figures.pendingUsers ? "warn" : undefined}
        />
      </Card>,
    );
  }
  if (figures.contacts !== undefined && figures.contactRoles && figures.pendingInvitations !== undefined) {
    const roles = figures.contactRoles;
    cards.push(
      <Card key="contacts" title={t("overview.contacts.title")} icon={<Icon name="user-round" />} wide>
        <Stat href={routes.contacts(slug)} value={number(figures.contacts)} label={t("overview.contacts.all")} />
        <Stat
          href={routes.pendingInvitations(slug)}
          value={number(figures.pendingInvitations)}
          label={t("overview.contacts.pendingInvitations")}
          tone={figures.pendingInvitations ? "warn" : undefined}
        />
        <div className="col-span-full">
          <h3 className="text-sm font-medium text-muted">{t("overview.contacts.byRole")}</h3>
          <ul className="mt-2 flex flex-wrap gap-2">
            {CONTACT_ROLES.map((role) => (
              <li key={role}>
                <Link
                  href={routes.contacts(slug, { role })}
                  className="inline-flex items-center gap-2 rounded-md bg-subtle px-2.5 py-1 text-sm ring-1 ring-line hover:bg-hover"
                >
                  {t(`contactRoles.${role}`)}
                  <span className="font-semibold tabular-nums">{number(roles[role])}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </Card>,
    );
  }
  if (figures.verifiedDomains !== undefined && figures.pendingDomains !== undefined) {
    cards.push(
      <Card key="domains" title={t("overview.domains.title")} icon={<Icon name="globe" />}>
        <Stat href={routes.domains(slug)} value={number(figures.verifiedDomains)} label={t("overview.domains.verified")} />
        <Stat
          href={routes.domains(slug)}
          value={number(figures.pendingDomains)}
          label={t("overview.domains.pending")}
          tone={figures.pendingDomains ? "warn" : undefined}
        />
      </Card>,
    );
  }
  if (figures.failedEmails !== undefined) {
    cards.push(
      <Card key="emails" title={t("overview.emails.title")} icon={<Icon name="mail" />}>
        <Stat
          href={routes.emails(slug, { status: "FAILED" })}
          value={number(figures.failedEmails)}
          label={t("overview.emails.failed")}
          tone={figures.failedEmails ? "danger" : "ok"}
        />
      </Card>,
    );
  }
  if (figures.overdueInvoices !== undefined) {
    cards.push(
      <Card key="billing" title={t("overview.billing.title")} icon={<Icon name="receipt" />}>
        <Stat
          href={routes.billing(slug)}
          value={number(figures.overdueInvoices)}
          label={t("overview.billing.overdue")}
          tone={figures.overdueInvoices ? "danger" : "ok"}
        />
      </Card>,
    );
  }

  const roles = access.contactRoles.map((role) => t(`contactRoles.${role}`));
  return (
    <section aria-labelledby="overview-title" className="flex flex-col gap-6">
      <header>
        <h1 id="overview-title" className="page-title">
          {name}
        </h1>
        <p className="lead mt-1">{t("overview.intro", { name })}</p>
        <p className="mt-2 text-sm">
          {access.orgRole ? t("overview.role", { role: t(`roles.${access.orgRole}`) }) : null}
          {access.orgRole && roles.length ? " · " : null}
          {roles.length ? t("overview.contactRole", { roles: roles.join(", ") }) : null}
        </p>
      </header>
      {cards.length ? (
        <div className="grid gap-4 lg:grid-cols-2">{cards}</div>
      ) : (
        <p className="card p-4 text-sm">{t("overview.nothing", { name })}</p>
      )}
    </section>
  );
}

function Card({ title, icon, wide, children }: { title: string; icon: ReactNode; wide?: boolean; children: ReactNode }) {
  return (
    <section className={`card p-4 ${wide ? "lg:col-span-2" : ""}`}>
      <h2 className="flex items-center gap-2 text-sm font-semibold text-muted">
        {icon}
        {title}
      </h2>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">{children}</div>
    </section>
  );
}

const TONE = { ok: "text-ok-strong", warn: "text-warn-strong", danger: "text-danger-strong" } as const;

/** A figure and what it counts, as one link to the list it counts. */
function Stat({ href, value, label, tone }: { href: string; value: string; label: string; tone?: keyof typeof TONE }) {
  return (
    <Link href={href} className="group flex items-center gap-3 rounded-md p-2 ring-1 ring-line hover:bg-hover">
      <span className={`text-2xl font-semibold tabular-nums ${tone ? TONE[tone] : ""}`}>{value}</span>
      <span className="flex items-center gap-1 text-sm group-hover:underline">
        {label}
        {tone === "danger" ? (
          <Icon name="alert-triangle" className="icon text-danger-strong" />
        ) : tone === "ok" ? (
          <Icon name="check-circle" className="icon text-ok-strong" />
        ) : null}
      </span>
    </Link>
  );
}
