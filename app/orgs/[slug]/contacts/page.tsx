import type { Metadata } from "next";
import { NoticeRegion } from "@/components/ui/notice";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import type { MessagePath } from "@/lib/i18n/pick-messages";
import { translateLoose } from "@/lib/i18n";
import { db } from "@/lib/db/prisma";
import { listContacts } from "@/lib/contacts/list-contacts";
import { verifiedDomainNames } from "@/lib/domains/verified-domain-for-email";
import { parseContactListQuery, type ContactListQuery } from "@/lib/contacts/schemas";
import { ContactsFilters } from "@/components/contacts/contacts-filters";
import { ContactType } from "@/components/contacts/contact-type";
import { ContactRowActions } from "@/components/contacts/contact-row-actions";
import { NewContactDialog } from "@/components/contacts/new-contact-dialog";
import { Pagination } from "@/components/contacts/pagination";
import { InviteContactPanel } from "@/components/contacts/invite-contact-panel";
import { PendingInvitations } from "@/components/contacts/pending-invitations";
import { ClientMessages } from "@/components/client-messages";
import { listPendingInvitations } from "@/lib/invitations/list-pending-invitations";
import { emptyPage } from "@/lib/pagination/page-nav";
import { pageParams, type PageRequest } from "@/lib/pagination/page-request";
import type { ListTotal } from "@/lib/pagination/total";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("contacts.title") };
}

/** What the page's client components say (the New contact dialog, row actions, pending invitation actions): sent once. */
const CLIENT_MESSAGES: MessagePath[] = [
  "common.cancel", "common.close", "common.genericError", "common.loading", "common.english", "common.french", "contactRoles",
  "contacts.newContact", "contacts.dialog", "contacts.form", "contacts.languages", "contacts.actions", "contacts.edit", "contacts.disable",
  "contacts.enable", "contacts.reassign", "invitations.panel", "invitations.roleDescriptions", "invitations.pending",
  "notifications.contactEmails", "notifications.events", "notifications.rules",
];

/** "201 contacts", "about 100,000 contacts", "1,000+ contacts" (lib/pagination/total.ts). */
const RESULTS = { exact: "contacts.results", estimate: "contacts.resultsAbout", atLeast: "contacts.resultsAtLeast" } as const satisfies Record<ListTotal["kind"], string>;

/** The list's URL: its filters, and which page (a number, and the neighbouring page's boundary row). */
function queryString(query: ContactListQuery, page: PageRequest = { page: 1 }): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  if (query.role) params.set("role", query.role);
  if (query.size !== 25) params.set("size", String(query.size));
  for (const [key, value] of Object.entries(pageParams(page))) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export default async function ContactsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const access = await requirePageAccess(slug, "contacts.view");
  const raw = await searchParams;
  // A refused search shows its error and no results, never the whole list.
  const { query, searchProblem } = parseContactListQuery(raw);
  const editId = typeof raw.edit === "string" ? raw.edit : null;
  // A cancelled organization is read-only: nothing to manage, so no buttons that would only be refused.
  const readOnlyOrg = access.organization.subscriptionStatus === "CANCELLED";
  const canManage = access.can("contacts.manage") && !readOnlyOrg;
  const organizationId = access.organization.id;
  const [{ t, locale }, page, domains, pending] = await Promise.all([
    getTranslator(),
    searchProblem ? Promise.resolve(emptyPage(query.size)) : listContacts(db, organizationId, query),
    canManage ? verifiedDomainNames(db, organizationId) : Promise.resolve([]),
    listPendingInvitations(access),
  ]);
  const basePath = `/orgs/${access.organization.slug}/contacts`;

  return (
    <ClientMessages namespaces={canManage ? CLIENT_MESSAGES : []}>
      <section aria-labelledby="contacts-title" className="flex flex-col gap-5">
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 id="contacts-title" className="text-2xl font-bold">{t("contacts.title")}</h1>
            <p className="mt-1 text-sm text-slate-600">{t("contacts.intro", { org: access.organization.name })}</p>
            {!canManage && !readOnlyOrg ? <p className="mt-2 text-sm text-slate-700">{t("contacts.readOnly")}</p> : null}
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <a href={`${basePath}/export${queryString({ ...query, size: 25 })}`} className="rounded-md px-3 py-2 text-sm font-semibold ring-1 ring-slate-300 hover:bg-slate-50" download>
              {t("contacts.exportCsv")}
            </a>
            {canManage ? (
              <NewContactDialog slug={access.organization.slug} verifiedDomains={domains} invitePanel={<InviteContactPanel slug={access.organization.slug} />} />
            ) : null}
          </div>
        </header>

        <NoticeRegion />
        <ContactsFilters query={query} basePath={basePath} searchError={searchProblem ? translateLoose(locale, searchProblem.messageKey, searchProblem.params) : undefined} />

        <p role="status" className="text-sm text-slate-700">{t(RESULTS[page.total.kind], { count: page.total.count })}</p>

        <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("contacts.tableCaption", { org: access.organization.name })}</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">{t("contacts.columns.name")}</th>
                <th scope="col" className="px-3 py-2">{t("contacts.columns.email")}</th>
                <th scope="col" className="px-3 py-2">{t("contacts.columns.language")}</th>
                <th scope="col" className="px-3 py-2">{t("contacts.columns.status")}</th>
                <th scope="col" className="px-3 py-2">{t("contacts.columns.type")}</th>
                {canManage ? <th scope="col" className="px-3 py-2 text-right">{t("contacts.columns.actions")}</th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.rows.length === 0 ? (
                <tr><td colSpan={canManage ? 6 : 5} className="px-3 py-6 text-center text-slate-600">{t("contacts.empty")}</td></tr>
              ) : (
                page.rows.map((row) => (
                  <tr key={row.id} className={row.status === "DISABLED" ? "text-slate-500" : undefined}>
                    <th scope="row" className="whitespace-nowrap px-3 py-2 font-medium">{row.name}</th>
                    <td className="px-3 py-2 break-all">{row.email}</td>
                    <td className="whitespace-nowrap px-3 py-2">{t(`contacts.languages.${row.language}`)}</td>
                    <td className="px-3 py-2">
                      <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${row.status === "ACTIVE" ? "bg-green-100 text-green-900" : row.status === "INVITED" ? "bg-amber-100 text-amber-900" : "bg-slate-200 text-slate-700"}`}>
                        {t(`contacts.status.${row.status}`)}
                      </span>
                    </td>
                    <td className="px-3 py-2"><ContactType row={row} /></td>
                    {canManage ? (
                      <td className="px-3 py-2">
                        <ContactRowActions
                          slug={access.organization.slug}
                          openEdit={editId === row.id}
                          contact={{ id: row.id, name: row.name, email: row.email, phone: row.phone, language: row.language, status: row.status, roles: row.roles, hasOrders: row.orderRoleCount > 0 }}
                        />
                      </td>
                    ) : null}
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
        <p className="text-xs text-slate-600">{t("contacts.disabledNote")}</p>
        <Pagination nav={page.nav} hrefFor={(request) => `${basePath}${queryString(query, request)}`} />
        <PendingInvitations slug={access.organization.slug} {...pending} canManage={canManage} />
      </section>
    </ClientMessages>
  );
}
