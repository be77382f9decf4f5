// The users report and the access report on screen, with the same figures as their CSVs
// (lib/users/users-report.ts, lib/users/access-report.ts), each paged by key (?users=, ?access=
// the last row of the page before). Statements per view: the access, a page of each report — 3 of 4.
import type { Metadata } from "next";
import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import { DataTable } from "@/components/ui/data-table";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";
import { idField } from "@/lib/validation/fields";
import { usersReportPage, type UsersReportRow } from "@/lib/users/users-report";
import { accessReportPage } from "@/lib/users/access-report";
import { routes } from "@/lib/routes";

const PAGE_SIZE = 50;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("users.reports.title") };
}

/** As the CSV writes it. */
const when = (date: Date | null) => (date ? new Date(date).toISOString().replace("T", " ").slice(0, 16) + " UTC" : "");
const after = (value: string | string[] | undefined) => {
  const parsed = idField.safeParse(typeof value === "string" ? value : "");
  return parsed.success ? parsed.data : "";
};

export default async function UsersReportsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const access = await requirePageAccess((await params).slug, "users.view");
  const query = await pageSearchParams(searchParams);
  const slug = access.organization.slug;
  const org = access.organization.name;
  const usersAfter = after(query.users);
  const accessAfter = after(query.access);
  const seeAccess = access.can("contacts.view");
  const { t } = await getTranslator();
  const [users, people] = await Promise.all([
    usersReportPage(access.organization.id, usersAfter, PAGE_SIZE + 1),
    seeAccess ? accessReportPage(access.organization.id, { afterUserId: accessAfter, size: PAGE_SIZE }, t) : null,
  ]);
  const usersRows = users.slice(0, PAGE_SIZE);
  const usersNext = users.length > PAGE_SIZE ? usersRows[usersRows.length - 1].membershipId : null;
  const accessNext = people && people.read === PAGE_SIZE ? people.lastRead : null;
  const grants = (people?.people ?? []).flatMap((person) =>
    person.grants.map((grant) => ({ key: `${person.userId}:${grant.capability}`, person, grant })),
  );
  const href = (next: { users?: string; access?: string }) =>
    routes.usersReports(slug, { users: usersAfter || undefined, access: accessAfter || undefined, ...next });

  return (
    <section aria-labelledby="reports-title" className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <Link href={routes.users(slug)} className="link self-start text-sm">
          {t("users.access.back")}
        </Link>
        <h1 id="reports-title" className="page-title">
          {t("users.reports.title")}
        </h1>
        <p className="lead mt-1">{t("users.reports.intro", { org })}</p>
      </header>

      <section aria-labelledby="users-report-title" className="flex flex-col gap-3">
        <h2 id="users-report-title" className="section-title">
          {t("users.reports.usersTitle")}
        </h2>
        <a href={routes.usersReport(slug)} className="link inline-flex items-center gap-1 self-start text-sm" download>
          <Icon name="download" />
          {t("users.report.download")}
        </a>
        <DataTable<UsersReportRow>
          caption={t("users.reports.usersCaption", { org })}
          captionHidden
          rows={usersRows}
          rowKey={(row) => row.membershipId}
          empty={t("users.reports.empty")}
          columns={[
            { key: "name", header: t("users.report.columns.name"), rowHeader: true, cell: (row) => row.name ?? "" },
            { key: "email", header: t("users.report.columns.email"), cell: (row) => row.email },
            { key: "role", header: t("users.report.columns.role"), cell: (row) => t(`roles.${row.role as "MEMBER"}`) },
            { key: "status", header: t("users.report.columns.status"), cell: (row) => t(`users.status.${row.status as "ACTIVE"}`) },
            {
              key: "lastActive",
              header: t("users.report.columns.lastActive"),
              cell: (row) => (row.status === "PENDING" ? t("users.pending") : row.lastActiveAt ? when(row.lastActiveAt) : t("users.never")),
            },
            { key: "workspaces", header: t("users.report.columns.workspaces"), cell: (row) => row.workspaces.join(" | ") },
            { key: "invitedBy", header: t("users.report.columns.invitedBy"), cell: (row) => row.invitedBy ?? "" },
            { key: "invitedAt", header: t("users.report.columns.invitedAt"), cell: (row) => when(row.invitedAt) },
          ]}
        />
        <ReportNav
          label={t("users.reports.nav", { report: t("users.reports.usersTitle") })}
          first={usersAfter ? href({ users: undefined }) : null}
          next={usersNext ? href({ users: usersNext }) : null}
          words={{ first: t("users.reports.first"), next: t("users.reports.next") }}
        />
      </section>

      {people ? (
        <section aria-labelledby="access-report-title" className="flex flex-col gap-3">
          <h2 id="access-report-title" className="section-title">
            {t("users.reports.accessTitle")}
          </h2>
          <a href={routes.accessReport(slug)} className="link inline-flex items-center gap-1 self-start text-sm" download>
            <Icon name="download" />
            {t("users.access.download")}
          </a>
          <DataTable
            caption={t("users.reports.accessCaption", { org })}
            captionHidden
            rows={grants}
            rowKey={(row) => row.key}
            empty={t("users.reports.empty")}
            columns={[
              {
                key: "name",
                header: t("users.access.columns.name"),
                rowHeader: true,
                cell: (row) => (
                  <Link href={routes.personAccess(slug, row.person.userId)} className="link">
                    {row.person.name?.trim() || row.person.email}
                  </Link>
                ),
              },
              { key: "email", header: t("users.access.columns.email"), cell: (row) => row.person.email },
              {
                key: "capability",
                header: t("users.access.columns.capability"),
                cell: (row) => t(`users.access.capabilities.${row.grant.capability}`),
              },
              { key: "sources", header: t("users.access.columns.sources"), cell: (row) => row.grant.sources.join("; ") },
            ]}
          />
          <ReportNav
            label={t("users.reports.nav", { report: t("users.reports.accessTitle") })}
            first={accessAfter ? href({ access: undefined }) : null}
            next={accessNext ? href({ access: accessNext }) : null}
            words={{ first: t("users.reports.first"), next: t("users.reports.next") }}
          />
        </section>
      ) : null}
    </section>
  );
}

function ReportNav({
  label,
  first,
  next,
  words,
}: {
  label: string;
  first: string | null;
  next: string | null;
  words: { first: string; next: string };
}) {
  if (!first && !next) return null;
  return (
    <nav aria-label={label} className="flex gap-4 text-sm">
      {first ? (
        <Link href={first} className="link">
          {words.first}
        </Link>
      ) : null}
      {next ? (
        <Link href={next} className="link">
          {words.next}
        </Link>
      ) : null}
    </nav>
  );
}
