import type { Metadata } from "next";
import { Icon } from "@/components/ui/icon";
import { NoticeRegion } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";
import { words } from "@/lib/i18n/pick-messages";
import { translateLoose } from "@/lib/i18n";
import { routes, type Query } from "@/lib/routes";
import { db } from "@/lib/db/prisma";
import { contactListItem, listContacts } from "@/lib/contacts/list-contacts";
import { defaultContactLanguage } from "@/lib/contacts/default-language";
import { verifiedDomainNames } from "@/lib/domains/verified-domain-for-email";
import { parseContactListQuery, type ContactListQuery } from "@/lib/contacts/schemas";
import { ContactsFilters } from "@/components/contacts/contacts-filters";
import { ContactsTable } from "@/components/contacts/contacts-table";
import { NewContactDialog } from "@/components/contacts/new-contact-dialog";
import { ListPagination } from "@/components/list-pagination";
import { PendingInvitations } from "@/components/contacts/pending-invitations";
import { ClientMessages } from "@/components/client-messages";
import { contactsFiltersWords } from "@/components/contacts/contacts-filters.words";
import { contactsTableMenuWords, contactsTableWords } from "@/components/contacts/contacts-table.words";
import { newContactButtonWords } from "@/components/contacts/new-contact-dialog.words";
import { pendingInvitationsRevokeWords, pendingInvitationsTableWords } from "@/components/contacts/pending-invitations-table.words";
import { listPendingInvitations } from "@/lib/invitations/list-pending-invitations";
import { emptyPage } from "@/lib/pagination/page-nav";
import { pageParams, type PageRequest } from "@/lib/pagination/page-request";
import type { ListTotal } from "@/lib/pagination/total";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("contacts.title") };
}

/** "201 contacts", "about 100,000 contacts", "1,000+ contacts" (lib/pagination/total.ts). */
const RESULTS = {
  exact: "contacts.results",
  estimate: "contacts.resultsAbout",
  atLeast: "contacts.resultsAtLeast",
} as const satisfies Record<ListTotal["kind"], string>;

/** The list's URL parameters: its filters, and which page (a number, and the neighbouring page's boundary row). */
function listQuery(query: ContactListQuery, page: PageRequest = { page: 1 }): Query {
  return { q: query.q, status: query.status, role: query.role, size: query.size, ...pageParams(page) };
}

export default async function ContactsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const access = await requirePageAccess((await params).slug, "contacts.view");
  const raw = await pageSearchParams(searchParams);
  // A refused search shows its error and no results, never the whole list.
  const { query, searchProblem } = parseContactListQuery(raw);
  const editId = raw.edit ?? null;
  const highlightId = raw.highlight ?? null;
  // A cancelled organization is read-only: nothing to manage, so no buttons that would only be refused.
  const canManage = access.canWrite("contacts.manage");
  // A contact's access page is read, so offered in a read-only organization too.
  const canSeeAccess = access.can("users.view");
  const organizationId = access.organization.id;
  const [{ t, locale }, page, domains, pending] = await Promise.all([
    getTranslator(),
    searchProblem ? Promise.resolve(emptyPage(query.size)) : listContacts(db, organizationId, query),
    canManage ? verifiedDomainNames(db, organizationId) : Promise.resolve([]),
    listPendingInvitations(access),
  ]);
  const slug = access.organization.slug;
  const defaultLanguage = defaultContactLanguage(access.organization, locale);

  return (
    <ClientMessages
      namespaces={words(
        contactsTableWords,
        contactsFiltersWords,
        // The row menus and buttons of those who manage contacts (their dialogs fetch their own words: components/message-sets.ts).
        canManage && words(contactsTableMenuWords, newContactButtonWords, pendingInvitationsRevokeWords),
        canSeeAccess && contactsTableMenuWords,
        pending.invitations.length > 0 && pendingInvitationsTableWords,
      )}
    >
      <section aria-labelledby="contacts-title" className="flex flex-col gap-5">
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0">
            <h1 id="contacts-title" className="page-title">
              {t("contacts.title")}
            </h1>
            <p className="lead mt-1">{t("contacts.intro", { org: access.organization.name })}</p>
            {!canManage && access.canWrite() ? <p className="mt-2 text-sm">{t("contacts.readOnly")}</p> : null}
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <a
              href={routes.contactsExport(slug, { q: query.q, status: query.status, role: query.role })}
              className={buttonClass("secondary")}
              download
            >
              <Icon name="download" />
              {t("contacts.exportCsv")}
            </a>
            {canManage ? <NewContactDialog slug={slug} verifiedDomains={domains} defaultLanguage={defaultLanguage} /> : null}
          </div>
        </header>

        <NoticeRegion />
        <ContactsFilters
          query={query}
          basePath={routes.contacts(slug)}
          searchError={searchProblem ? translateLoose(locale, searchProblem.messageKey, searchProblem.params) : undefined}
        />

        <p role="status" className="text-sm text-muted">
          {t(RESULTS[page.total.kind], { count: page.total.count })}
        </p>
        <ContactsTable
          slug={slug}
          organization={access.organization.name}
          rows={page.rows.map(contactListItem)}
          canManage={canManage}
          canSeeAccess={canSeeAccess}
          highlightId={highlightId}
          editId={editId}
          defaultLanguage={defaultLanguage}
        />
        <p className="text-xs text-muted">{t("contacts.disabledNote")}</p>
        <ListPagination nav={page.nav} hrefFor={(request) => routes.contacts(slug, listQuery(query, request))} />
        <PendingInvitations slug={slug} {...pending} canManage={canManage} />
      </section>
    </ClientMessages>
  );
}
