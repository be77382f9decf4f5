// THE routing table (SPEC §3): from an event to its recipients. Every sender goes through
// recipientsOf (usually via notify()); nowhere else is a recipient chosen. One statement per
// event, whatever the number of recipients: the rules of rules.ts become UNION ALL branches
// that list (person, rule) candidates, and one outer join on the organization's contacts
// applies SPEC §3's two contact rules at once: the contact's language, and no email to a
// disabled contact. The notifications page (overview.ts) runs the same branches for every
// event at once.
import { Prisma } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n";
import type { NotificationEvent, NotificationKind, Recipient, RecipientRule } from "./events";
import { contactRolesOf, mergeCandidates, orgRolesOf, rulesOf, type RecipientCandidate } from "./rules";

const { sql, join } = Prisma;

type Sql = Prisma.Sql;
export type QueryDb = { $queryRaw<T = unknown>(query: TemplateStringsArray | Sql, ...values: unknown[]): Promise<T> };

/**
 * Which orders, invoices or quotes an order- or quote-bound rule looks at: the event's own
 * (one id) or, for the notifications page, the organization's latest ones. Each is a
 * condition on the alias `o` (Order) or `q` (Quote).
 */
export type Subjects = { orders?: Sql; quotes?: Sql };

/** The columns every branch returns, in this order (UNION ALL matches them by position). */
const BRANCH_COLUMNS = sql`kind, "subjectId", rule, "orderNumber", "quoteNumber", email, name, locale, "userId"`;

/**
 * The candidate branches of `kind` in one organization. Contact-based rules name the contact
 * in `email`; the outer query (resolve) finds its record again by (organization, email), which
 * also finds the contact record of a user (an ORG_ADMIN, a quote's requester) when there is one.
 */
export function candidateBranches(kind: NotificationKind, organizationId: string, subjects: Subjects): Sql[] {
  const branches: Sql[] = [];
  const roles = contactRolesOf(kind);
  if (roles.length > 0) {
    branches.push(sql`
      SELECT ${kind}::text, NULL::text, r.role::text, NULL::text, NULL::text, c.email, c.name, c.language::text, c."userId"
      FROM "ContactRole" r JOIN "Contact" c ON c."organizationId" = r."organizationId" AND c.id = r."contactId"
      WHERE r."organizationId" = ${organizationId} AND r.role::text IN (${join(roles)})`);
  }
  const orgRoles = orgRolesOf(kind);
  if (orgRoles.length > 0) {
    branches.push(sql`
      SELECT ${kind}::text, NULL::text, m.role::text, NULL::text, NULL::text, u.email, u.name, u.locale::text, u.id
      FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      WHERE m."organizationId" = ${organizationId} AND m.status = 'ACTIVE' AND m.role::text IN (${join(orgRoles)})`);
  }
  for (const rule of rulesOf(kind) as readonly RecipientRule[]) {
    if ((rule === "ORDER_LICENSEE" || rule === "ORDER_BILLING") && subjects.orders) {
      const contactColumn = rule === "ORDER_LICENSEE" ? sql`o."licenseeContactId"` : sql`o."billingContactId"`;
      branches.push(sql`
        SELECT ${kind}::text, o.id, ${rule}::text, o.number, NULL::text, c.email, c.name, c.language::text, c."userId"
        FROM "Order" o JOIN "Contact" c ON c."organizationId" = o."organizationId" AND c.id = ${contactColumn}
        WHERE o."organizationId" = ${organizationId} AND ${subjects.orders}`);
    }
    if (rule === "QUOTE_REQUESTER" && subjects.quotes) {
      // The requester is a contact of the organization, or else the user who asked.
      branches.push(sql`
        SELECT ${kind}::text, q.id, ${rule}::text, NULL::text, q.number, COALESCE(c.email, u.email), COALESCE(c.name, u.name), COALESCE(c.language::text, u.locale::text), COALESCE(c."userId", u.id)
        FROM "Quote" q
        LEFT JOIN "Contact" c ON c."organizationId" = q."organizationId" AND c.id = q."requesterContactId"
        LEFT JOIN "User" u ON u.id = q."requestedByUserId"
        WHERE q."organizationId" = ${organizationId} AND ${subjects.quotes} AND COALESCE(c.email, u.email) IS NOT NULL`);
    }
  }
  return branches;
}

export type CandidateRow = RecipientCandidate & { kind: NotificationKind; subjectId: string | null };

/**
 * The candidates of `branches`, resolved: the organization's contact record of the same
 * address decides name and language, and no address of a disabled contact is left (SPEC
 * §3). A WITH query naming `resolved`; the caller selects from it.
 */
export function resolvedCandidates(organizationId: string, branches: Sql[]): Sql {
  return sql`
    WITH candidate (${BRANCH_COLUMNS}) AS (${join(branches, " UNION ALL ")}),
    resolved AS (
      SELECT x.kind, x."subjectId", x.rule, x."orderNumber", x."quoteNumber", lower(x.email) AS email,
        COALESCE(c.name, x.name) AS name, COALESCE(c.language::text, x.locale) AS locale,
        c.id AS "contactId", COALESCE(c."userId", x."userId") AS "userId"
      FROM candidate x
      LEFT JOIN "Contact" c ON c."organizationId" = ${organizationId} AND c.email = lower(x.email)
      WHERE c.status IS DISTINCT FROM 'DISABLED'
    )`;
}

/** Every resolved candidate of `branches` (one statement). */
export async function resolveCandidates(db: QueryDb, organizationId: string, branches: Sql[]): Promise<CandidateRow[]> {
  if (branches.length === 0) return [];
  return db.$queryRaw<CandidateRow[]>(sql`${resolvedCandidates(organizationId, branches)} SELECT * FROM resolved`);
}

/** The event's own order (or the invoice's order), for order-bound rules. */
function subjectsOf(event: NotificationEvent): Subjects {
  switch (event.kind) {
    case "license_certificate":
      return { orders: sql`o.id = ${event.orderId}` };
    case "invoice":
    case "invoice_overdue":
      return {
        orders: sql`o.id = (SELECT "orderId" FROM "Invoice" WHERE id = ${event.invoiceId} AND "organizationId" = ${event.organizationId})`,
      };
    case "quote_created":
      return { quotes: sql`q.id = ${event.quoteId}` };
    default:
      return {};
  }
}

/** The person an invitation or a sign-in link is addressed to (PERSONAL_RULES: no contact record applies). */
async function personalCandidates(
  db: QueryDb,
  event: Extract<NotificationEvent, { kind: "sign_in" | "invitation" }>,
): Promise<RecipientCandidate[]> {
  if (event.kind === "sign_in") {
    // Their saved language, else the request's.
    const rows = await db.$queryRaw<{ name: string | null; locale: Locale | null; userId: string | null }[]>(sql`
      SELECT u.name, u.locale::text AS locale, u.id AS "userId" FROM (SELECT 1) one LEFT JOIN "User" u ON u.email = lower(${event.email})`);
    const user = rows[0];
    return [
      {
        rule: "SIGNING_IN",
        orderNumber: null,
        quoteNumber: null,
        email: event.email,
        name: user?.name ?? null,
        locale: user?.locale ?? event.locale ?? "en",
        contactId: null,
        userId: user?.userId ?? null,
      },
    ];
  }
  // The address the admin typed, in the language chosen for the invitation.
  const rows = await db.$queryRaw<{ locale: Locale }[]>(sql`
    SELECT language::text AS locale FROM "Invitation" WHERE id = ${event.invitationId} AND "organizationId" = ${event.organizationId}`);
  if (rows.length === 0) return [];
  return [inviteeCandidate(event.email, rows[0].locale)];
}

/** An invitation's one recipient: the address the admin typed, in the invitation's language. */
export function inviteeCandidate(email: string, locale: Locale): RecipientCandidate {
  return { rule: "INVITEE", orderNumber: null, quoteNumber: null, email, name: null, locale, contactId: null, userId: null };
}

/** The replacement of Disable & Reassign: a contact of the organization, by id. */
function replacementBranch(event: Extract<NotificationEvent, { kind: "orders_reassigned" }>): Sql {
  return sql`
    SELECT ${event.kind}::text, NULL::text, 'REPLACEMENT_CONTACT'::text, NULL::text, NULL::text, c.email, c.name, c.language::text, c."userId"
    FROM "Contact" c WHERE c.id = ${event.contactId} AND c."organizationId" = ${event.organizationId}`;
}

/**
 * The person who asked for a data export, only while an active org admin of its organization
 * (the link needs it); no one when the account is gone.
 */
function exportRequesterBranch(event: Extract<NotificationEvent, { kind: "data_export_ready" }>): Sql {
  return sql`
    SELECT ${event.kind}::text, NULL::text, 'EXPORT_REQUESTER'::text, NULL::text, NULL::text, u.email, u.name, u.locale::text, u.id
    FROM "DataExport" d
    JOIN "User" u ON u.id = d."requestedById"
    JOIN "Membership" m ON m."organizationId" = d."organizationId" AND m."userId" = u.id AND m.status = 'ACTIVE' AND m.role = 'ORG_ADMIN'
    WHERE d.id = ${event.exportId} AND d."organizationId" = ${event.organizationId}`;
}

/** Events addressed to a party the event names, with the branch that finds it. */
function partyBranches(event: NotificationEvent): Sql[] | null {
  if (event.kind === "orders_reassigned") return [replacementBranch(event)];
  if (event.kind === "data_export_ready") return [exportRequesterBranch(event)];
  return null;
}

/**
 * The recipients of one event: one per address (reasons merged), disabled contacts left out,
 * each in the language of its contact record (else its account's, else the event's).
 * One statement (two for a sign-in or invitation, which read the account or invitation).
 */
export async function recipientsOf(db: QueryDb, event: NotificationEvent): Promise<Recipient[]> {
  if (event.kind === "sign_in" || event.kind === "invitation") return mergeCandidates(event.kind, await personalCandidates(db, event));
  const organizationId = event.organizationId;
  const branches = partyBranches(event) ?? candidateBranches(event.kind, organizationId, subjectsOf(event));
  return mergeCandidates(event.kind, await resolveCandidates(db, organizationId, branches));
}
