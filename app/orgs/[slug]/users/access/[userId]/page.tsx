// Access of one person (from a user's or a contact's row menu): each capability they hold in
// the organization and where it comes from, computed by the guard's own code
// (lib/users/access-report.ts), with the same as CSV. Statements per view: the access and the
// person's access row — 2 of the budget of 4.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Icon } from "@/components/ui/icon";
import { DataTable } from "@/components/ui/data-table";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { accessReportPage } from "@/lib/users/access-report";
import { idField } from "@/lib/validation/fields";
import { routes } from "@/lib/routes";

// The title names the person; metadata and page share one load per request.
const load = cache(async (rawSlug: string, rawUserId: string) => {
  // Members and contacts both show: whoever sees the users and the contacts (SPEC §2), as the CSV.
  const access = await requirePageAccess(rawSlug, "users.view");
  if (!access.can("contacts.view")) notFound();
  const userId = idField.safeParse(rawUserId);
  if (!userId.success) notFound();
  const { t } = await getTranslator();
  const { people } = await accessReportPage(access.organization.id, { userId: userId.data, size: 1 }, t);
  const person = people[0];
  return { access, t, person, name: person ? person.name?.trim() || person.email : "" };
});

export async function generateMetadata({ params }: { params: Promise<{ slug: string; userId: string }> }): Promise<Metadata> {
  const { slug, userId } = await params;
  const { t, person, name } = await load(slug, userId);
  return { title: person ? t("users.access.title", { name }) : t("users.access.open") };
}

export default async function PersonAccessPage({ params }: { params: Promise<{ slug: string; userId: string }> }) {
  const { slug, userId } = await params;
  const { access, t, person, name } = await load(slug, userId);
  const users = routes.users(access.organization.slug);

  return (
    <section aria-labelledby="access-title" className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <Link href={users} className="link self-start text-sm">
          {t("users.access.back")}
        </Link>
        <h1 id="access-title" className="page-title">
          {person ? t("users.access.title", { name }) : t("users.access.open")}
        </h1>
        {person ? <p className="lead mt-1">{t("users.access.intro", { name, org: access.organization.name })}</p> : null}
      </header>
      {person ? (
        <>
          <p className="text-sm break-all text-muted">{person.email}</p>
          <a
            href={routes.accessReport(access.organization.slug, person.userId)}
            className="link inline-flex items-center gap-1 self-start text-sm"
            download
          >
            <Icon name="download" />
            {t("users.access.downloadPerson")}
          </a>
          <DataTable
            caption={t("users.access.tableCaption", { name })}
            captionHidden
            rows={person.grants}
            rowKey={(grant) => grant.capability}
            empty={t("users.access.none")}
            columns={[
              {
                key: "capability",
                header: t("users.access.columns.capability"),
                rowHeader: true,
                cell: (grant) => t(`users.access.capabilities.${grant.capability}`),
              },
              { key: "sources", header: t("users.access.columns.sources"), cell: (grant) => grant.sources.join("; ") },
            ]}
          />
        </>
      ) : (
        <p>{t("users.access.none")}</p>
      )}
    </section>
  );
}
